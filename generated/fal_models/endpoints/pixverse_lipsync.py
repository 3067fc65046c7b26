# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/lipsync` (Pixverse Lipsync)."""

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
from fal_models.models.pixverse_lipsync import PixverseLipsyncInput, PixverseLipsyncOutput

__all__ = [
    "PixverseLipsync",
    "AsyncPixverseLipsync",
    "PixverseLipsyncInput",
    "PixverseLipsyncOutput",
]


class PixverseLipsync(SyncEndpoint[PixverseLipsyncInput, PixverseLipsyncOutput]):
    """Pixverse Lipsync (`fal-ai/pixverse/lipsync`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/lipsync/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/lipsync"
    input_model: ClassVar[type[PixverseLipsyncInput]] = PixverseLipsyncInput
    output_model: ClassVar[type[PixverseLipsyncOutput]] = PixverseLipsyncOutput
    Input = PixverseLipsyncInput
    Output = PixverseLipsyncOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseLipsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseLipsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseLipsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseLipsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseLipsync(AsyncEndpoint[PixverseLipsyncInput, PixverseLipsyncOutput]):
    """Pixverse Lipsync (`fal-ai/pixverse/lipsync`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/lipsync/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/lipsync"
    input_model: ClassVar[type[PixverseLipsyncInput]] = PixverseLipsyncInput
    output_model: ClassVar[type[PixverseLipsyncOutput]] = PixverseLipsyncOutput
    Input = PixverseLipsyncInput
    Output = PixverseLipsyncOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseLipsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseLipsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseLipsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput | None | Omit = omit,
        voice_id: Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ]
        | Omit = omit,
        text: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseLipsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            audio_url: URL of the input audio. If not provided, TTS will be used. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            voice_id: Voice to use for TTS when audio_url is not provided. Default: "Auto".
            text: Text content for TTS when audio_url is not provided.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "voice_id": voice_id,
                "text": text,
            }
        )
        return self._stream(payload, options)
