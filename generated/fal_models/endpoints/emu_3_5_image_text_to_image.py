# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/emu-3.5-image/text-to-image` (Emu 3.5 Image Text To Image)."""

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
from fal_models.models.emu_3_5_image_text_to_image import (
    Emu3_5ImageTextToImageInput,
    Emu3_5ImageTextToImageOutput,
)

__all__ = [
    "Emu3_5ImageTextToImage",
    "AsyncEmu3_5ImageTextToImage",
    "Emu3_5ImageTextToImageInput",
    "Emu3_5ImageTextToImageOutput",
]


class Emu3_5ImageTextToImage(
    SyncEndpoint[Emu3_5ImageTextToImageInput, Emu3_5ImageTextToImageOutput]
):
    """Emu 3.5 Image Text To Image (`fal-ai/emu-3.5-image/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/emu-3.5-image/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/emu-3.5-image/text-to-image"
    input_model: ClassVar[type[Emu3_5ImageTextToImageInput]] = Emu3_5ImageTextToImageInput
    output_model: ClassVar[type[Emu3_5ImageTextToImageOutput]] = Emu3_5ImageTextToImageOutput
    Input = Emu3_5ImageTextToImageInput
    Output = Emu3_5ImageTextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Emu3_5ImageTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Emu3_5ImageTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Emu3_5ImageTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Emu3_5ImageTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncEmu3_5ImageTextToImage(
    AsyncEndpoint[Emu3_5ImageTextToImageInput, Emu3_5ImageTextToImageOutput]
):
    """Emu 3.5 Image Text To Image (`fal-ai/emu-3.5-image/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/emu-3.5-image/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/emu-3.5-image/text-to-image"
    input_model: ClassVar[type[Emu3_5ImageTextToImageInput]] = Emu3_5ImageTextToImageInput
    output_model: ClassVar[type[Emu3_5ImageTextToImageOutput]] = Emu3_5ImageTextToImageOutput
    Input = Emu3_5ImageTextToImageInput
    Output = Emu3_5ImageTextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Emu3_5ImageTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Emu3_5ImageTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Emu3_5ImageTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Emu3_5ImageTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to create the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "1:1".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
