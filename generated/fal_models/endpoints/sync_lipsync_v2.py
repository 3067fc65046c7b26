# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sync-lipsync/v2` (Sync Lipsync V2)."""

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
from fal_models.models.sync_lipsync_v2 import SyncLipsyncV2Input, SyncLipsyncV2Output

__all__ = ["SyncLipsyncV2", "AsyncSyncLipsyncV2", "SyncLipsyncV2Input", "SyncLipsyncV2Output"]


class SyncLipsyncV2(SyncEndpoint[SyncLipsyncV2Input, SyncLipsyncV2Output]):
    """Sync Lipsync V2 (`fal-ai/sync-lipsync/v2`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync/v2"
    input_model: ClassVar[type[SyncLipsyncV2Input]] = SyncLipsyncV2Input
    output_model: ClassVar[type[SyncLipsyncV2Output]] = SyncLipsyncV2Output
    Input = SyncLipsyncV2Input
    Output = SyncLipsyncV2Output

    def subscribe(
        self,
        *,
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SyncLipsyncV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SyncLipsyncV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SyncLipsyncV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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


class AsyncSyncLipsyncV2(AsyncEndpoint[SyncLipsyncV2Input, SyncLipsyncV2Output]):
    """Sync Lipsync V2 (`fal-ai/sync-lipsync/v2`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync/v2"
    input_model: ClassVar[type[SyncLipsyncV2Input]] = SyncLipsyncV2Input
    output_model: ClassVar[type[SyncLipsyncV2Output]] = SyncLipsyncV2Output
    Input = SyncLipsyncV2Input
    Output = SyncLipsyncV2Output

    async def subscribe(
        self,
        *,
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SyncLipsyncV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SyncLipsyncV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
        model: Literal["lipsync-2", "lipsync-2-pro"] | Omit = omit,
        video_url: FileInput,
        audio_url: FileInput,
        sync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SyncLipsyncV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model: The model to use for lipsyncing. `lipsync-2-pro` will cost roughly 1.67 times as
                much as `lipsync-2` for the same duration. Default: "lipsync-2".
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
