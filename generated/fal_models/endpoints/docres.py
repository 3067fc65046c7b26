# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/docres` (Docres)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models._uploads import FileInput
from fal_models.models.docres import DocresInput, DocresOutput

__all__ = ["Docres", "AsyncDocres", "DocresInput", "DocresOutput"]


class Docres(SyncEndpoint[DocresInput, DocresOutput]):
    """Docres (`fal-ai/docres`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/docres/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/docres"
    input_model: ClassVar[type[DocresInput]] = DocresInput
    output_model: ClassVar[type[DocresOutput]] = DocresOutput
    Input = DocresInput
    Output = DocresOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DocresOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DocresOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DocresOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DocresOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncDocres(AsyncEndpoint[DocresInput, DocresOutput]):
    """Docres (`fal-ai/docres`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/docres/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/docres"
    input_model: ClassVar[type[DocresInput]] = DocresInput
    output_model: ClassVar[type[DocresOutput]] = DocresOutput
    Input = DocresInput
    Output = DocresOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DocresOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DocresOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DocresOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        task: Literal["deshadowing", "appearance", "deblurring", "binarization"],
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DocresOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            task: Task to perform.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task": task,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
