# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.7/text-to-video` (Wan V2.7 Text To Video)."""

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
from fal_models.models.wan_v2_7_text_to_video import (
    WanV2_7TextToVideoInput,
    WanV2_7TextToVideoOutput,
)

__all__ = [
    "WanV2_7TextToVideo",
    "AsyncWanV2_7TextToVideo",
    "WanV2_7TextToVideoInput",
    "WanV2_7TextToVideoOutput",
]


class WanV2_7TextToVideo(SyncEndpoint[WanV2_7TextToVideoInput, WanV2_7TextToVideoOutput]):
    """Wan V2.7 Text To Video (`fal-ai/wan/v2.7/text-to-video`).

    Input for Wan 2.7 text-to-video generation.

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.7/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/text-to-video"
    input_model: ClassVar[type[WanV2_7TextToVideoInput]] = WanV2_7TextToVideoInput
    output_model: ClassVar[type[WanV2_7TextToVideoOutput]] = WanV2_7TextToVideoOutput
    Input = WanV2_7TextToVideoInput
    Output = WanV2_7TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_7TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_7TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_7TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_7TextToVideo(AsyncEndpoint[WanV2_7TextToVideoInput, WanV2_7TextToVideoOutput]):
    """Wan V2.7 Text To Video (`fal-ai/wan/v2.7/text-to-video`).

    Input for Wan 2.7 text-to-video generation.

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.7/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/text-to-video"
    input_model: ClassVar[type[WanV2_7TextToVideoInput]] = WanV2_7TextToVideoInput
    output_model: ClassVar[type[WanV2_7TextToVideoOutput]] = WanV2_7TextToVideoOutput
    Input = WanV2_7TextToVideoInput
    Output = WanV2_7TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_7TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_7TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_7TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            audio_url: URL of driving audio. Supports WAV and MP3. Duration: 3-30s. Max 15 MB. If
                not provided, the model auto-generates matching background music. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-15). Default: 5.
            negative_prompt: Content to avoid in the video. Max 500 characters.
            enable_prompt_expansion: Enable intelligent prompt rewriting. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_url": audio_url,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
