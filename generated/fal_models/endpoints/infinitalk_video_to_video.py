# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/infinitalk/video-to-video` (Infinitalk Video To Video)."""

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
from fal_models.models.infinitalk_video_to_video import (
    InfinitalkVideoToVideoInput,
    InfinitalkVideoToVideoOutput,
)

__all__ = [
    "InfinitalkVideoToVideo",
    "AsyncInfinitalkVideoToVideo",
    "InfinitalkVideoToVideoInput",
    "InfinitalkVideoToVideoOutput",
]


class InfinitalkVideoToVideo(
    SyncEndpoint[InfinitalkVideoToVideoInput, InfinitalkVideoToVideoOutput]
):
    """Infinitalk Video To Video (`fal-ai/infinitalk/video-to-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/infinitalk/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinitalk/video-to-video"
    input_model: ClassVar[type[InfinitalkVideoToVideoInput]] = InfinitalkVideoToVideoInput
    output_model: ClassVar[type[InfinitalkVideoToVideoOutput]] = InfinitalkVideoToVideoOutput
    Input = InfinitalkVideoToVideoInput
    Output = InfinitalkVideoToVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InfinitalkVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InfinitalkVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinitalkVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InfinitalkVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncInfinitalkVideoToVideo(
    AsyncEndpoint[InfinitalkVideoToVideoInput, InfinitalkVideoToVideoOutput]
):
    """Infinitalk Video To Video (`fal-ai/infinitalk/video-to-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/infinitalk/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/infinitalk/video-to-video"
    input_model: ClassVar[type[InfinitalkVideoToVideoInput]] = InfinitalkVideoToVideoInput
    output_model: ClassVar[type[InfinitalkVideoToVideoOutput]] = InfinitalkVideoToVideoOutput
    Input = InfinitalkVideoToVideoInput
    Output = InfinitalkVideoToVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InfinitalkVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InfinitalkVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InfinitalkVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        prompt: str,
        num_frames: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        seed: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InfinitalkVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 81 to 129 (inclusive). If the
                number of frames is greater than 81, the video will be generated with 1.25x more
                billing units. Default: 145. Limits: minimum 41, maximum 241.
            resolution: Resolution of the video to generate. Must be either 480p or 720p. Default:
                "480p".
            seed: Random seed for reproducibility. If None, a random seed is chosen. Default: 42.
                Limits: minimum 0, maximum 4294967295.
            acceleration: The acceleration level to use for generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "num_frames": num_frames,
                "resolution": resolution,
                "seed": seed,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
