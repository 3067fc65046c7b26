# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `wan/v2.6/image-to-video/flash` (Wan V2.6 Image To Video Flash)."""

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
from fal_models.models.wan_v2_6_image_to_video_flash import (
    WanV2_6ImageToVideoFlashInput,
    WanV2_6ImageToVideoFlashOutput,
)

__all__ = [
    "WanV2_6ImageToVideoFlash",
    "AsyncWanV2_6ImageToVideoFlash",
    "WanV2_6ImageToVideoFlashInput",
    "WanV2_6ImageToVideoFlashOutput",
]


class WanV2_6ImageToVideoFlash(
    SyncEndpoint[WanV2_6ImageToVideoFlashInput, WanV2_6ImageToVideoFlashOutput]
):
    """Wan V2.6 Image To Video Flash (`wan/v2.6/image-to-video/flash`).

    Input for Wan 2.6 image-to-video generation

    Category: image-to-video. Docs: https://fal.ai/models/wan/v2.6/image-to-video/flash/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/image-to-video/flash"
    input_model: ClassVar[type[WanV2_6ImageToVideoFlashInput]] = WanV2_6ImageToVideoFlashInput
    output_model: ClassVar[type[WanV2_6ImageToVideoFlashOutput]] = WanV2_6ImageToVideoFlashOutput
    Input = WanV2_6ImageToVideoFlashInput
    Output = WanV2_6ImageToVideoFlashOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_6ImageToVideoFlashOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_6ImageToVideoFlashOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6ImageToVideoFlashOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_6ImageToVideoFlashOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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


class AsyncWanV2_6ImageToVideoFlash(
    AsyncEndpoint[WanV2_6ImageToVideoFlashInput, WanV2_6ImageToVideoFlashOutput]
):
    """Wan V2.6 Image To Video Flash (`wan/v2.6/image-to-video/flash`).

    Input for Wan 2.6 image-to-video generation

    Category: image-to-video. Docs: https://fal.ai/models/wan/v2.6/image-to-video/flash/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/image-to-video/flash"
    input_model: ClassVar[type[WanV2_6ImageToVideoFlashInput]] = WanV2_6ImageToVideoFlashInput
    output_model: ClassVar[type[WanV2_6ImageToVideoFlashOutput]] = WanV2_6ImageToVideoFlashOutput
    Input = WanV2_6ImageToVideoFlashInput
    Output = WanV2_6ImageToVideoFlashOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_6ImageToVideoFlashOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_6ImageToVideoFlashOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6ImageToVideoFlashOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10", "15"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_6ImageToVideoFlashOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Image dimensions must be between 240 and 7680. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5, 10, or 15
                seconds), the audio is truncated to the first N seconds, and the rest is discarded.
                If the audio is shorter than the video, the remaining part of the video will be
                silent. For example, if the audio is 3 seconds long and the video duration is 5
                seconds, the first 3 seconds of the output video will have sound, and the last 2
                seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up
                to 15 MB. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            resolution: Video resolution. Valid values: 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5, 10 or 15
                seconds. Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true, enables intelligent multi-shot segmentation. Only active when
                enable_prompt_expansion is True. Set to false for single-shot generation. Default:
                false.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "audio_url": audio_url,
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
