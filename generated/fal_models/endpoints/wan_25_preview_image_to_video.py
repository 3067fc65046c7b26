# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-25-preview/image-to-video` (Wan 25 Preview Image To Video)."""

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
from fal_models.models.wan_25_preview_image_to_video import (
    Wan25PreviewImageToVideoInput,
    Wan25PreviewImageToVideoOutput,
)

__all__ = [
    "Wan25PreviewImageToVideo",
    "AsyncWan25PreviewImageToVideo",
    "Wan25PreviewImageToVideoInput",
    "Wan25PreviewImageToVideoOutput",
]


class Wan25PreviewImageToVideo(
    SyncEndpoint[Wan25PreviewImageToVideoInput, Wan25PreviewImageToVideoOutput]
):
    """Wan 25 Preview Image To Video (`fal-ai/wan-25-preview/image-to-video`).

    Input for image-to-video generation

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-25-preview/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/image-to-video"
    input_model: ClassVar[type[Wan25PreviewImageToVideoInput]] = Wan25PreviewImageToVideoInput
    output_model: ClassVar[type[Wan25PreviewImageToVideoOutput]] = Wan25PreviewImageToVideoOutput
    Input = Wan25PreviewImageToVideoInput
    Output = Wan25PreviewImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Wan25PreviewImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Wan25PreviewImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Wan25PreviewImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWan25PreviewImageToVideo(
    AsyncEndpoint[Wan25PreviewImageToVideoInput, Wan25PreviewImageToVideoOutput]
):
    """Wan 25 Preview Image To Video (`fal-ai/wan-25-preview/image-to-video`).

    Input for image-to-video generation

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan-25-preview/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/image-to-video"
    input_model: ClassVar[type[Wan25PreviewImageToVideoInput]] = Wan25PreviewImageToVideoInput
    output_model: ClassVar[type[Wan25PreviewImageToVideoOutput]] = Wan25PreviewImageToVideoOutput
    Input = Wan25PreviewImageToVideoInput
    Output = Wan25PreviewImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Wan25PreviewImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Wan25PreviewImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
        resolution: Literal["480p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Wan25PreviewImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired video motion. Max 800 characters. Limits:
                min length 1.
            image_url: URL of the image to use as the first frame. Must be publicly accessible or
                base64 data URI. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            audio_url: URL of the audio to use as the background music. Must be publicly accessible.
                Limit handling: If the audio duration exceeds the duration value (5 or 10 seconds),
                the audio is truncated to the first 5 or 10 seconds, and the rest is discarded. If
                the audio is shorter than the video, the remaining part of the video will be silent.
                For example, if the audio is 3 seconds long and the video duration is 5 seconds, the
                first 3 seconds of the output video will have sound, and the last 2 seconds will be
                silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up to 15 MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution. Valid values: 480p, 720p, 1080p. Default: "1080p".
            duration: Duration of the generated video in seconds. Choose between 5 or 10 seconds.
                Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
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
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
