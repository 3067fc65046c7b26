# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/veo3/fast/image-to-video` (Veo3 Fast Image To Video)."""

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
from fal_models.models.veo3_fast_image_to_video import (
    Veo3FastImageToVideoInput,
    Veo3FastImageToVideoOutput,
)

__all__ = [
    "Veo3FastImageToVideo",
    "AsyncVeo3FastImageToVideo",
    "Veo3FastImageToVideoInput",
    "Veo3FastImageToVideoOutput",
]


class Veo3FastImageToVideo(SyncEndpoint[Veo3FastImageToVideoInput, Veo3FastImageToVideoOutput]):
    """Veo3 Fast Image To Video (`fal-ai/veo3/fast/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/veo3/fast/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo3/fast/image-to-video"
    input_model: ClassVar[type[Veo3FastImageToVideoInput]] = Veo3FastImageToVideoInput
    output_model: ClassVar[type[Veo3FastImageToVideoOutput]] = Veo3FastImageToVideoOutput
    Input = Veo3FastImageToVideoInput
    Output = Veo3FastImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Veo3FastImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Veo3FastImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Veo3FastImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Veo3FastImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncVeo3FastImageToVideo(
    AsyncEndpoint[Veo3FastImageToVideoInput, Veo3FastImageToVideoOutput]
):
    """Veo3 Fast Image To Video (`fal-ai/veo3/fast/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/veo3/fast/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo3/fast/image-to-video"
    input_model: ClassVar[type[Veo3FastImageToVideoInput]] = Veo3FastImageToVideoInput
    output_model: ClassVar[type[Veo3FastImageToVideoOutput]] = Veo3FastImageToVideoOutput
    Input = Veo3FastImageToVideoInput
    Output = Veo3FastImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Veo3FastImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Veo3FastImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Veo3FastImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Veo3FastImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing how the image should be animated. Limits: max length
                20000.
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: false.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
