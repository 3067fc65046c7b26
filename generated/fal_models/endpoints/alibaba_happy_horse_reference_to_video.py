# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `alibaba/happy-horse/reference-to-video` (Alibaba Happy Horse Reference To
Video).
"""

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
from fal_models.models.alibaba_happy_horse_reference_to_video import (
    AlibabaHappyHorseReferenceToVideoInput,
    AlibabaHappyHorseReferenceToVideoOutput,
)

__all__ = [
    "AlibabaHappyHorseReferenceToVideo",
    "AsyncAlibabaHappyHorseReferenceToVideo",
    "AlibabaHappyHorseReferenceToVideoInput",
    "AlibabaHappyHorseReferenceToVideoOutput",
]


class AlibabaHappyHorseReferenceToVideo(
    SyncEndpoint[AlibabaHappyHorseReferenceToVideoInput, AlibabaHappyHorseReferenceToVideoOutput]
):
    """Alibaba Happy Horse Reference To Video (`alibaba/happy-horse/reference-to-video`).

    Input for Happy Horse reference-to-video generation (1-9 reference images).

    Category: image-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/reference-to-video"
    input_model: ClassVar[type[AlibabaHappyHorseReferenceToVideoInput]] = (
        AlibabaHappyHorseReferenceToVideoInput
    )
    output_model: ClassVar[type[AlibabaHappyHorseReferenceToVideoOutput]] = (
        AlibabaHappyHorseReferenceToVideoOutput
    )
    Input = AlibabaHappyHorseReferenceToVideoInput
    Output = AlibabaHappyHorseReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AlibabaHappyHorseReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
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
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AlibabaHappyHorseReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
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
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
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
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AlibabaHappyHorseReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncAlibabaHappyHorseReferenceToVideo(
    AsyncEndpoint[AlibabaHappyHorseReferenceToVideoInput, AlibabaHappyHorseReferenceToVideoOutput]
):
    """Alibaba Happy Horse Reference To Video (`alibaba/happy-horse/reference-to-video`).

    Input for Happy Horse reference-to-video generation (1-9 reference images).

    Category: image-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/reference-to-video"
    input_model: ClassVar[type[AlibabaHappyHorseReferenceToVideoInput]] = (
        AlibabaHappyHorseReferenceToVideoInput
    )
    output_model: ClassVar[type[AlibabaHappyHorseReferenceToVideoOutput]] = (
        AlibabaHappyHorseReferenceToVideoOutput
    )
    Input = AlibabaHappyHorseReferenceToVideoInput
    Output = AlibabaHappyHorseReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AlibabaHappyHorseReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
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
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AlibabaHappyHorseReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
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
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
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
        prompt: str,
        image_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AlibabaHappyHorseReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Reference subjects from your images
                using ``character1``, ``character2``, ... up to ``character9`` (the order matches
                the order of ``image_urls``). Max 2500 characters. Limits: min length 1.
            image_urls: Reference images for subject consistency (1-9 images). Formats: JPEG, JPG,
                PNG, WEBP. Shortest side must be at least 400 px (720P or higher recommended). Max
                10 MB each. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
