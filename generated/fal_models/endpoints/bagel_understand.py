# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bagel/understand` (Bagel Understand)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.bagel_understand import BagelUnderstandInput, BagelUnderstandOutput

__all__ = [
    "BagelUnderstand",
    "AsyncBagelUnderstand",
    "BagelUnderstandInput",
    "BagelUnderstandOutput",
]


class BagelUnderstand(SyncEndpoint[BagelUnderstandInput, BagelUnderstandOutput]):
    """Bagel Understand (`fal-ai/bagel/understand`).

    Category: image-to-json. Docs: https://fal.ai/models/fal-ai/bagel/understand/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bagel/understand"
    input_model: ClassVar[type[BagelUnderstandInput]] = BagelUnderstandInput
    output_model: ClassVar[type[BagelUnderstandOutput]] = BagelUnderstandOutput
    Input = BagelUnderstandInput
    Output = BagelUnderstandOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BagelUnderstandOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BagelUnderstandOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BagelUnderstandOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BagelUnderstandOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncBagelUnderstand(AsyncEndpoint[BagelUnderstandInput, BagelUnderstandOutput]):
    """Bagel Understand (`fal-ai/bagel/understand`).

    Category: image-to-json. Docs: https://fal.ai/models/fal-ai/bagel/understand/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bagel/understand"
    input_model: ClassVar[type[BagelUnderstandInput]] = BagelUnderstandInput
    output_model: ClassVar[type[BagelUnderstandOutput]] = BagelUnderstandOutput
    Input = BagelUnderstandInput
    Output = BagelUnderstandOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BagelUnderstandOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BagelUnderstandOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BagelUnderstandOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BagelUnderstandOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image for the query. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to query the image with.
            seed: The seed to use for the generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
