# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/musetalk` (Musetalk)."""

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
from fal_models.models.musetalk import MusetalkInput, MusetalkOutput

__all__ = ["Musetalk", "AsyncMusetalk", "MusetalkInput", "MusetalkOutput"]


class Musetalk(SyncEndpoint[MusetalkInput, MusetalkOutput]):
    """Musetalk (`fal-ai/musetalk`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/musetalk/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/musetalk"
    input_model: ClassVar[type[MusetalkInput]] = MusetalkInput
    output_model: ClassVar[type[MusetalkOutput]] = MusetalkOutput
    Input = MusetalkInput
    Output = MusetalkOutput

    def subscribe(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> MusetalkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MusetalkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MusetalkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MusetalkOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncMusetalk(AsyncEndpoint[MusetalkInput, MusetalkOutput]):
    """Musetalk (`fal-ai/musetalk`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/musetalk/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/musetalk"
    input_model: ClassVar[type[MusetalkInput]] = MusetalkInput
    output_model: ClassVar[type[MusetalkOutput]] = MusetalkOutput
    Input = MusetalkInput
    Output = MusetalkOutput

    async def subscribe(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MusetalkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MusetalkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MusetalkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        source_video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MusetalkOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_video_url: URL of the source video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the audio. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_video_url": source_video_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
