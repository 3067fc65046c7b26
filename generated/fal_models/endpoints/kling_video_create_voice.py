# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/create-voice` (Kling Video Create Voice)."""

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
from fal_models.models.kling_video_create_voice import (
    KlingVideoCreateVoiceInput,
    KlingVideoCreateVoiceOutput,
)

__all__ = [
    "KlingVideoCreateVoice",
    "AsyncKlingVideoCreateVoice",
    "KlingVideoCreateVoiceInput",
    "KlingVideoCreateVoiceOutput",
]


class KlingVideoCreateVoice(SyncEndpoint[KlingVideoCreateVoiceInput, KlingVideoCreateVoiceOutput]):
    """Kling Video Create Voice (`fal-ai/kling-video/create-voice`).

    Request model for creating a custom voice.

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kling-video/create-voice/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/create-voice"
    input_model: ClassVar[type[KlingVideoCreateVoiceInput]] = KlingVideoCreateVoiceInput
    output_model: ClassVar[type[KlingVideoCreateVoiceOutput]] = KlingVideoCreateVoiceOutput
    Input = KlingVideoCreateVoiceInput
    Output = KlingVideoCreateVoiceOutput

    def subscribe(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoCreateVoiceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoCreateVoiceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> KlingVideoCreateVoiceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoCreateVoiceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoCreateVoice(
    AsyncEndpoint[KlingVideoCreateVoiceInput, KlingVideoCreateVoiceOutput]
):
    """Kling Video Create Voice (`fal-ai/kling-video/create-voice`).

    Request model for creating a custom voice.

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kling-video/create-voice/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/create-voice"
    input_model: ClassVar[type[KlingVideoCreateVoiceInput]] = KlingVideoCreateVoiceInput
    output_model: ClassVar[type[KlingVideoCreateVoiceOutput]] = KlingVideoCreateVoiceOutput
    Input = KlingVideoCreateVoiceInput
    Output = KlingVideoCreateVoiceOutput

    async def subscribe(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoCreateVoiceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoCreateVoiceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> KlingVideoCreateVoiceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        voice_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoCreateVoiceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            voice_url: URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video.
                Duration must be 5-30 seconds with clean, single-voice audio. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "voice_url": voice_url,
            }
        )
        return self._stream(payload, options)
