# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/heygen/v3/lipsync/speed` (Heygen V3 Lipsync Speed)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.heygen_v3_lipsync_speed import (
    HeygenV3LipsyncSpeedInput,
    HeygenV3LipsyncSpeedOutput,
)

__all__ = [
    "HeygenV3LipsyncSpeed",
    "AsyncHeygenV3LipsyncSpeed",
    "HeygenV3LipsyncSpeedInput",
    "HeygenV3LipsyncSpeedOutput",
]


class HeygenV3LipsyncSpeed(SyncEndpoint[HeygenV3LipsyncSpeedInput, HeygenV3LipsyncSpeedOutput]):
    """Heygen V3 Lipsync Speed (`fal-ai/heygen/v3/lipsync/speed`).

    Base request for lip-syncing a video (mode is determined by the endpoint).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/heygen/v3/lipsync/speed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/v3/lipsync/speed"
    input_model: ClassVar[type[HeygenV3LipsyncSpeedInput]] = HeygenV3LipsyncSpeedInput
    output_model: ClassVar[type[HeygenV3LipsyncSpeedOutput]] = HeygenV3LipsyncSpeedOutput
    Input = HeygenV3LipsyncSpeedInput
    Output = HeygenV3LipsyncSpeedOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HeygenV3LipsyncSpeedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HeygenV3LipsyncSpeedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenV3LipsyncSpeedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HeygenV3LipsyncSpeedOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return self._stream(payload, options)


class AsyncHeygenV3LipsyncSpeed(
    AsyncEndpoint[HeygenV3LipsyncSpeedInput, HeygenV3LipsyncSpeedOutput]
):
    """Heygen V3 Lipsync Speed (`fal-ai/heygen/v3/lipsync/speed`).

    Base request for lip-syncing a video (mode is determined by the endpoint).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/heygen/v3/lipsync/speed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/v3/lipsync/speed"
    input_model: ClassVar[type[HeygenV3LipsyncSpeedInput]] = HeygenV3LipsyncSpeedInput
    output_model: ClassVar[type[HeygenV3LipsyncSpeedOutput]] = HeygenV3LipsyncSpeedOutput
    Input = HeygenV3LipsyncSpeedInput
    Output = HeygenV3LipsyncSpeedOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HeygenV3LipsyncSpeedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HeygenV3LipsyncSpeedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenV3LipsyncSpeedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        title: str | None | Omit = omit,
        enable_caption: bool | Omit = omit,
        enable_dynamic_duration: bool | Omit = omit,
        disable_music_track: bool | Omit = omit,
        enable_speech_enhancement: bool | Omit = omit,
        start_time: float | None | Omit = omit,
        end_time: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HeygenV3LipsyncSpeedOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the source video to lip-sync. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            audio_url: URL of the replacement audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            title: Optional title for the lipsync job.
            enable_caption: Generate captions in the output video. Default: false.
            enable_dynamic_duration: Allow duration adjustment to match the new audio. Default:
                true.
            disable_music_track: Remove background music from the source video. Default: false.
            enable_speech_enhancement: Enhance the replacement audio quality. Default: false.
            start_time: Start time in seconds for partial lipsync. Limits: minimum 0.
            end_time: End time in seconds for partial lipsync. Limits: minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "title": title,
                "enable_caption": enable_caption,
                "enable_dynamic_duration": enable_dynamic_duration,
                "disable_music_track": disable_music_track,
                "enable_speech_enhancement": enable_speech_enhancement,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        return self._stream(payload, options)
