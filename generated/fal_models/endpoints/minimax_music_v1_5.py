# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax-music/v1.5` (Minimax Music V1.5)."""

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
from fal_models.models.minimax_music_v1_5 import (
    AudioSetting,
    MinimaxMusicV1_5Input,
    MinimaxMusicV1_5Output,
)

__all__ = [
    "MinimaxMusicV1_5",
    "AsyncMinimaxMusicV1_5",
    "MinimaxMusicV1_5Input",
    "MinimaxMusicV1_5Output",
]


class MinimaxMusicV1_5(SyncEndpoint[MinimaxMusicV1_5Input, MinimaxMusicV1_5Output]):
    """Minimax Music V1.5 (`fal-ai/minimax-music/v1.5`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/v1.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music/v1.5"
    input_model: ClassVar[type[MinimaxMusicV1_5Input]] = MinimaxMusicV1_5Input
    output_model: ClassVar[type[MinimaxMusicV1_5Output]] = MinimaxMusicV1_5Output
    Input = MinimaxMusicV1_5Input
    Output = MinimaxMusicV1_5Output

    def subscribe(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxMusicV1_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxMusicV1_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicV1_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxMusicV1_5Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxMusicV1_5(AsyncEndpoint[MinimaxMusicV1_5Input, MinimaxMusicV1_5Output]):
    """Minimax Music V1.5 (`fal-ai/minimax-music/v1.5`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/v1.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music/v1.5"
    input_model: ClassVar[type[MinimaxMusicV1_5Input]] = MinimaxMusicV1_5Input
    output_model: ClassVar[type[MinimaxMusicV1_5Output]] = MinimaxMusicV1_5Output
    Input = MinimaxMusicV1_5Input
    Output = MinimaxMusicV1_5Output

    async def subscribe(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxMusicV1_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxMusicV1_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicV1_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        lyrics_prompt: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxMusicV1_5Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600
                characters. Limits: min length 10, max length 600.
            audio_setting: Audio configuration settings.
            lyrics_prompt: Control music generation. 10-3000 characters. Limits: min length 10, max
                length 3000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "audio_setting": audio_setting,
                "lyrics_prompt": lyrics_prompt,
            }
        )
        return self._stream(payload, options)
