# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sync-lipsync/v2/pro` (Sync Lipsync V2 Pro)."""

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
from fal_models.models.sync_lipsync_v2_pro import SyncLipsyncV2ProInput, SyncLipsyncV2ProOutput

__all__ = [
    "SyncLipsyncV2Pro",
    "AsyncSyncLipsyncV2Pro",
    "SyncLipsyncV2ProInput",
    "SyncLipsyncV2ProOutput",
]


class SyncLipsyncV2Pro(SyncEndpoint[SyncLipsyncV2ProInput, SyncLipsyncV2ProOutput]):
    """Sync Lipsync V2 Pro (`fal-ai/sync-lipsync/v2/pro`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/v2/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync/v2/pro"
    input_model: ClassVar[type[SyncLipsyncV2ProInput]] = SyncLipsyncV2ProInput
    output_model: ClassVar[type[SyncLipsyncV2ProOutput]] = SyncLipsyncV2ProOutput
    Input = SyncLipsyncV2ProInput
    Output = SyncLipsyncV2ProOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SyncLipsyncV2ProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SyncLipsyncV2ProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncV2ProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SyncLipsyncV2ProOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncSyncLipsyncV2Pro(AsyncEndpoint[SyncLipsyncV2ProInput, SyncLipsyncV2ProOutput]):
    """Sync Lipsync V2 Pro (`fal-ai/sync-lipsync/v2/pro`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/v2/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync/v2/pro"
    input_model: ClassVar[type[SyncLipsyncV2ProInput]] = SyncLipsyncV2ProInput
    output_model: ClassVar[type[SyncLipsyncV2ProOutput]] = SyncLipsyncV2ProOutput
    Input = SyncLipsyncV2ProInput
    Output = SyncLipsyncV2ProOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SyncLipsyncV2ProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SyncLipsyncV2ProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncV2ProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SyncLipsyncV2ProOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            sync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "cut_off".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
