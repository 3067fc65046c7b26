# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/swin2sr` (Swin2sr)."""

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
from fal_models.models.swin2sr import Swin2srInput, Swin2srOutput

__all__ = ["Swin2sr", "AsyncSwin2sr", "Swin2srInput", "Swin2srOutput"]


class Swin2sr(SyncEndpoint[Swin2srInput, Swin2srOutput]):
    """Swin2sr (`fal-ai/swin2sr`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/swin2sr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/swin2sr"
    input_model: ClassVar[type[Swin2srInput]] = Swin2srInput
    output_model: ClassVar[type[Swin2srOutput]] = Swin2srOutput
    Input = Swin2srInput
    Output = Swin2srOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Swin2srOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Swin2srOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Swin2srOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Swin2srOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return self._stream(payload, options)


class AsyncSwin2sr(AsyncEndpoint[Swin2srInput, Swin2srOutput]):
    """Swin2sr (`fal-ai/swin2sr`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/swin2sr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/swin2sr"
    input_model: ClassVar[type[Swin2srInput]] = Swin2srInput
    output_model: ClassVar[type[Swin2srOutput]] = Swin2srOutput
    Input = Swin2srInput
    Output = Swin2srOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Swin2srOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Swin2srOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Swin2srOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | Omit = omit,
        task: Literal["classical_sr", "compressed_sr", "real_sr"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Swin2srOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for image enhancement. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: seed to be used for generation.
            task: Task to perform. Default: "classical_sr".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "task": task,
            }
        )
        return self._stream(payload, options)
