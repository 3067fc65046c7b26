# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `alibaba/happy-horse/image-to-video` (Alibaba Happy Horse Image To Video)."""

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
from fal_models.models.alibaba_happy_horse_image_to_video import (
    AlibabaHappyHorseImageToVideoInput,
    AlibabaHappyHorseImageToVideoOutput,
)

__all__ = [
    "AlibabaHappyHorseImageToVideo",
    "AsyncAlibabaHappyHorseImageToVideo",
    "AlibabaHappyHorseImageToVideoInput",
    "AlibabaHappyHorseImageToVideoOutput",
]


class AlibabaHappyHorseImageToVideo(
    SyncEndpoint[AlibabaHappyHorseImageToVideoInput, AlibabaHappyHorseImageToVideoOutput]
):
    """Alibaba Happy Horse Image To Video (`alibaba/happy-horse/image-to-video`).

    Input for Happy Horse image-to-video generation (first frame only).

    Category: image-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/image-to-video"
    input_model: ClassVar[type[AlibabaHappyHorseImageToVideoInput]] = (
        AlibabaHappyHorseImageToVideoInput
    )
    output_model: ClassVar[type[AlibabaHappyHorseImageToVideoOutput]] = (
        AlibabaHappyHorseImageToVideoOutput
    )
    Input = AlibabaHappyHorseImageToVideoInput
    Output = AlibabaHappyHorseImageToVideoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AlibabaHappyHorseImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AlibabaHappyHorseImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AlibabaHappyHorseImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncAlibabaHappyHorseImageToVideo(
    AsyncEndpoint[AlibabaHappyHorseImageToVideoInput, AlibabaHappyHorseImageToVideoOutput]
):
    """Alibaba Happy Horse Image To Video (`alibaba/happy-horse/image-to-video`).

    Input for Happy Horse image-to-video generation (first frame only).

    Category: image-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/image-to-video"
    input_model: ClassVar[type[AlibabaHappyHorseImageToVideoInput]] = (
        AlibabaHappyHorseImageToVideoInput
    )
    output_model: ClassVar[type[AlibabaHappyHorseImageToVideoOutput]] = (
        AlibabaHappyHorseImageToVideoOutput
    )
    Input = AlibabaHappyHorseImageToVideoInput
    Output = AlibabaHappyHorseImageToVideoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AlibabaHappyHorseImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AlibabaHappyHorseImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AlibabaHappyHorseImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions
                must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt guiding the animation. Max 2500 characters.
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
