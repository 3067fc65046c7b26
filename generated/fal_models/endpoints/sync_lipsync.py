# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sync-lipsync` (Sync Lipsync)."""

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
from fal_models.models.sync_lipsync import SyncLipsyncInput, SyncLipsyncOutput

__all__ = ["SyncLipsync", "AsyncSyncLipsync", "SyncLipsyncInput", "SyncLipsyncOutput"]


class SyncLipsync(SyncEndpoint[SyncLipsyncInput, SyncLipsyncOutput]):
    """Sync Lipsync (`fal-ai/sync-lipsync`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync"
    input_model: ClassVar[type[SyncLipsyncInput]] = SyncLipsyncInput
    output_model: ClassVar[type[SyncLipsyncOutput]] = SyncLipsyncOutput
    Input = SyncLipsyncInput
    Output = SyncLipsyncOutput

    def subscribe(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SyncLipsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SyncLipsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SyncLipsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncSyncLipsync(AsyncEndpoint[SyncLipsyncInput, SyncLipsyncOutput]):
    """Sync Lipsync (`fal-ai/sync-lipsync`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync"
    input_model: ClassVar[type[SyncLipsyncInput]] = SyncLipsyncInput
    output_model: ClassVar[type[SyncLipsyncOutput]] = SyncLipsyncOutput
    Input = SyncLipsyncInput
    Output = SyncLipsyncOutput

    async def subscribe(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SyncLipsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SyncLipsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model: Literal["lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SyncLipsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model: The model to use for lipsyncing. Default: "lipsync-1.9.0-beta".
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
                "model": model,
                "video_url": video_url,
                "audio_url": audio_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
