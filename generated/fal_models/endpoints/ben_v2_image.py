# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ben/v2/image` (Ben V2 Image)."""

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
from fal_models.models.ben_v2_image import BenV2ImageInput, BenV2ImageOutput

__all__ = ["BenV2Image", "AsyncBenV2Image", "BenV2ImageInput", "BenV2ImageOutput"]


class BenV2Image(SyncEndpoint[BenV2ImageInput, BenV2ImageOutput]):
    """Ben V2 Image (`fal-ai/ben/v2/image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ben/v2/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ben/v2/image"
    input_model: ClassVar[type[BenV2ImageInput]] = BenV2ImageInput
    output_model: ClassVar[type[BenV2ImageOutput]] = BenV2ImageOutput
    Input = BenV2ImageInput
    Output = BenV2ImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BenV2ImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BenV2ImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BenV2ImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BenV2ImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncBenV2Image(AsyncEndpoint[BenV2ImageInput, BenV2ImageOutput]):
    """Ben V2 Image (`fal-ai/ben/v2/image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ben/v2/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ben/v2/image"
    input_model: ClassVar[type[BenV2ImageInput]] = BenV2ImageInput
    output_model: ClassVar[type[BenV2ImageOutput]] = BenV2ImageOutput
    Input = BenV2ImageInput
    Output = BenV2ImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BenV2ImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BenV2ImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BenV2ImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BenV2ImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
