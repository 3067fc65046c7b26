# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/lipsync/audio-to-video` (Kling Video Lipsync Audio To
Video).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.kling_video_lipsync_audio_to_video import (
    KlingVideoLipsyncAudioToVideoInput,
    KlingVideoLipsyncAudioToVideoOutput,
)

__all__ = [
    "KlingVideoLipsyncAudioToVideo",
    "AsyncKlingVideoLipsyncAudioToVideo",
    "KlingVideoLipsyncAudioToVideoInput",
    "KlingVideoLipsyncAudioToVideoOutput",
]


class KlingVideoLipsyncAudioToVideo(
    SyncEndpoint[KlingVideoLipsyncAudioToVideoInput, KlingVideoLipsyncAudioToVideoOutput]
):
    """Kling Video Lipsync Audio To Video (`fal-ai/kling-video/lipsync/audio-to-video`).

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/lipsync/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/lipsync/audio-to-video"
    input_model: ClassVar[type[KlingVideoLipsyncAudioToVideoInput]] = (
        KlingVideoLipsyncAudioToVideoInput
    )
    output_model: ClassVar[type[KlingVideoLipsyncAudioToVideoOutput]] = (
        KlingVideoLipsyncAudioToVideoOutput
    )
    Input = KlingVideoLipsyncAudioToVideoInput
    Output = KlingVideoLipsyncAudioToVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoLipsyncAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoLipsyncAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> KlingVideoLipsyncAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoLipsyncAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoLipsyncAudioToVideo(
    AsyncEndpoint[KlingVideoLipsyncAudioToVideoInput, KlingVideoLipsyncAudioToVideoOutput]
):
    """Kling Video Lipsync Audio To Video (`fal-ai/kling-video/lipsync/audio-to-video`).

    Category: audio-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/lipsync/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/lipsync/audio-to-video"
    input_model: ClassVar[type[KlingVideoLipsyncAudioToVideoInput]] = (
        KlingVideoLipsyncAudioToVideoInput
    )
    output_model: ClassVar[type[KlingVideoLipsyncAudioToVideoOutput]] = (
        KlingVideoLipsyncAudioToVideoOutput
    )
    Input = KlingVideoLipsyncAudioToVideoInput
    Output = KlingVideoLipsyncAudioToVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoLipsyncAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoLipsyncAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> KlingVideoLipsyncAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoLipsyncAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the lip sync for. Supports .mp4/.mov,
                ≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Minimum duration is 2s and
                maximum duration is 60s. Maximum file size is 5MB. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
