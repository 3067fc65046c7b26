# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/lipsync` (Veed Lipsync)."""

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
from fal_models.models.veed_lipsync import VeedLipsyncInput, VeedLipsyncOutput

__all__ = ["VeedLipsync", "AsyncVeedLipsync", "VeedLipsyncInput", "VeedLipsyncOutput"]


class VeedLipsync(SyncEndpoint[VeedLipsyncInput, VeedLipsyncOutput]):
    """Veed Lipsync (`veed/lipsync`).

    Category: video-to-video. Docs: https://fal.ai/models/veed/lipsync/api
    """

    endpoint_id: ClassVar[str] = "veed/lipsync"
    input_model: ClassVar[type[VeedLipsyncInput]] = VeedLipsyncInput
    output_model: ClassVar[type[VeedLipsyncOutput]] = VeedLipsyncOutput
    Input = VeedLipsyncInput
    Output = VeedLipsyncOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> VeedLipsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
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
    ) -> RequestHandle[VeedLipsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
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
    ) -> VeedLipsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
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
    ) -> EndpointStream[VeedLipsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncVeedLipsync(AsyncEndpoint[VeedLipsyncInput, VeedLipsyncOutput]):
    """Veed Lipsync (`veed/lipsync`).

    Category: video-to-video. Docs: https://fal.ai/models/veed/lipsync/api
    """

    endpoint_id: ClassVar[str] = "veed/lipsync"
    input_model: ClassVar[type[VeedLipsyncInput]] = VeedLipsyncInput
    output_model: ClassVar[type[VeedLipsyncOutput]] = VeedLipsyncOutput
    Input = VeedLipsyncInput
    Output = VeedLipsyncOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedLipsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
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
    ) -> AsyncRequestHandle[VeedLipsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
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
    ) -> VeedLipsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
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
    ) -> AsyncEndpointStream[VeedLipsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
