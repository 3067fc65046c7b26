# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-25-preview/text-to-video` (Wan 25 Preview Text To Video)."""

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
from fal_models.models.wan_25_preview_text_to_video import (
    Wan25PreviewTextToVideoInput,
    Wan25PreviewTextToVideoOutput,
)

__all__ = [
    "Wan25PreviewTextToVideo",
    "AsyncWan25PreviewTextToVideo",
    "Wan25PreviewTextToVideoInput",
    "Wan25PreviewTextToVideoOutput",
]


class Wan25PreviewTextToVideo(
    SyncEndpoint[Wan25PreviewTextToVideoInput, Wan25PreviewTextToVideoOutput]
):
    """Wan 25 Preview Text To Video (`fal-ai/wan-25-preview/text-to-video`).

    Input for text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-25-preview/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/text-to-video"
    input_model: ClassVar[type[Wan25PreviewTextToVideoInput]] = Wan25PreviewTextToVideoInput
    output_model: ClassVar[type[Wan25PreviewTextToVideoOutput]] = Wan25PreviewTextToVideoOutput
    Input = Wan25PreviewTextToVideoInput
    Output = Wan25PreviewTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Wan25PreviewTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Wan25PreviewTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Wan25PreviewTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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


class AsyncWan25PreviewTextToVideo(
    AsyncEndpoint[Wan25PreviewTextToVideoInput, Wan25PreviewTextToVideoOutput]
):
    """Wan 25 Preview Text To Video (`fal-ai/wan-25-preview/text-to-video`).

    Input for text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/wan-25-preview/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/text-to-video"
    input_model: ClassVar[type[Wan25PreviewTextToVideoInput]] = Wan25PreviewTextToVideoInput
    output_model: ClassVar[type[Wan25PreviewTextToVideoOutput]] = Wan25PreviewTextToVideoOutput
    Input = Wan25PreviewTextToVideoInput
    Output = Wan25PreviewTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Wan25PreviewTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Wan25PreviewTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Wan25PreviewTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
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
