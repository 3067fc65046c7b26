# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/emu-3.5-image/edit-image` (Emu 3.5 Image Edit Image)."""

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
from fal_models.models.emu_3_5_image_edit_image import (
    Emu3_5ImageEditImageInput,
    Emu3_5ImageEditImageOutput,
)

__all__ = [
    "Emu3_5ImageEditImage",
    "AsyncEmu3_5ImageEditImage",
    "Emu3_5ImageEditImageInput",
    "Emu3_5ImageEditImageOutput",
]


class Emu3_5ImageEditImage(SyncEndpoint[Emu3_5ImageEditImageInput, Emu3_5ImageEditImageOutput]):
    """Emu 3.5 Image Edit Image (`fal-ai/emu-3.5-image/edit-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/emu-3.5-image/edit-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/emu-3.5-image/edit-image"
    input_model: ClassVar[type[Emu3_5ImageEditImageInput]] = Emu3_5ImageEditImageInput
    output_model: ClassVar[type[Emu3_5ImageEditImageOutput]] = Emu3_5ImageEditImageOutput
    Input = Emu3_5ImageEditImageInput
    Output = Emu3_5ImageEditImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Emu3_5ImageEditImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Emu3_5ImageEditImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Emu3_5ImageEditImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Emu3_5ImageEditImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncEmu3_5ImageEditImage(
    AsyncEndpoint[Emu3_5ImageEditImageInput, Emu3_5ImageEditImageOutput]
):
    """Emu 3.5 Image Edit Image (`fal-ai/emu-3.5-image/edit-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/emu-3.5-image/edit-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/emu-3.5-image/edit-image"
    input_model: ClassVar[type[Emu3_5ImageEditImageInput]] = Emu3_5ImageEditImageInput
    output_model: ClassVar[type[Emu3_5ImageEditImageOutput]] = Emu3_5ImageEditImageOutput
    Input = Emu3_5ImageEditImageInput
    Output = Emu3_5ImageEditImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Emu3_5ImageEditImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Emu3_5ImageEditImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Emu3_5ImageEditImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"
        ]
        | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Emu3_5ImageEditImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            resolution: The resolution of the output image. Default: "720p".
            aspect_ratio: The aspect ratio of the output image. Default: "auto".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
