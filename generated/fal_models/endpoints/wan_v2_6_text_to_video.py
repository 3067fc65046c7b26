# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `wan/v2.6/text-to-video` (Wan V2.6 Text To Video)."""

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
from fal_models.models.wan_v2_6_text_to_video import (
    WanV2_6TextToVideoInput,
    WanV2_6TextToVideoOutput,
)

__all__ = [
    "WanV2_6TextToVideo",
    "AsyncWanV2_6TextToVideo",
    "WanV2_6TextToVideoInput",
    "WanV2_6TextToVideoOutput",
]


class WanV2_6TextToVideo(SyncEndpoint[WanV2_6TextToVideoInput, WanV2_6TextToVideoOutput]):
    """Wan V2.6 Text To Video (`wan/v2.6/text-to-video`).

    Input for Wan 2.6 text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/wan/v2.6/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/text-to-video"
    input_model: ClassVar[type[WanV2_6TextToVideoInput]] = WanV2_6TextToVideoInput
    output_model: ClassVar[type[WanV2_6TextToVideoOutput]] = WanV2_6TextToVideoOutput
    Input = WanV2_6TextToVideoInput
    Output = WanV2_6TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_6TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
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
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_6TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
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
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
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
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_6TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_6TextToVideo(AsyncEndpoint[WanV2_6TextToVideoInput, WanV2_6TextToVideoOutput]):
    """Wan V2.6 Text To Video (`wan/v2.6/text-to-video`).

    Input for Wan 2.6 text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/wan/v2.6/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/text-to-video"
    input_model: ClassVar[type[WanV2_6TextToVideoInput]] = WanV2_6TextToVideoInput
    output_model: ClassVar[type[WanV2_6TextToVideoOutput]] = WanV2_6TextToVideoOutput
    Input = WanV2_6TextToVideoInput
    Output = WanV2_6TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_url: FileInput | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_6TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
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
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_6TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
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
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
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
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_6TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt for video generation. Supports Chinese and English, max 800
                characters. For multi-shot videos, use format: 'Overall description. First shot
                [0-3s] content. Second shot [3-5s] content.'. Limits: min length 1.
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            aspect_ratio: The aspect ratio of the generated video. Wan 2.6 supports additional
                ratios. Default: "16:9".
            resolution: Video resolution tier. Wan 2.6 T2V only supports 720p and 1080p (no 480p).
                Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10, or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation for coherent
                narrative videos. Only active when enable_prompt_expansion is True. Set to false for
                single-shot generation. Default: true.
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
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
