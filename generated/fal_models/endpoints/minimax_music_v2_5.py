# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax-music/v2.5` (Minimax Music V2.5)."""

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
from fal_models.models.minimax_music_v2_5 import (
    AudioSetting25,
    MinimaxMusicV2_5Input,
    MinimaxMusicV2_5Output,
)

__all__ = [
    "MinimaxMusicV2_5",
    "AsyncMinimaxMusicV2_5",
    "MinimaxMusicV2_5Input",
    "MinimaxMusicV2_5Output",
]


class MinimaxMusicV2_5(SyncEndpoint[MinimaxMusicV2_5Input, MinimaxMusicV2_5Output]):
    """Minimax Music V2.5 (`fal-ai/minimax-music/v2.5`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/v2.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music/v2.5"
    input_model: ClassVar[type[MinimaxMusicV2_5Input]] = MinimaxMusicV2_5Input
    output_model: ClassVar[type[MinimaxMusicV2_5Output]] = MinimaxMusicV2_5Output
    Input = MinimaxMusicV2_5Input
    Output = MinimaxMusicV2_5Output

    def subscribe(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxMusicV2_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxMusicV2_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicV2_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxMusicV2_5Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxMusicV2_5(AsyncEndpoint[MinimaxMusicV2_5Input, MinimaxMusicV2_5Output]):
    """Minimax Music V2.5 (`fal-ai/minimax-music/v2.5`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/v2.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music/v2.5"
    input_model: ClassVar[type[MinimaxMusicV2_5Input]] = MinimaxMusicV2_5Input
    output_model: ClassVar[type[MinimaxMusicV2_5Output]] = MinimaxMusicV2_5Output
    Input = MinimaxMusicV2_5Input
    Output = MinimaxMusicV2_5Output

    async def subscribe(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxMusicV2_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxMusicV2_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicV2_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        lyrics: str | Omit = omit,
        is_instrumental: bool | Omit = omit,
        lyrics_optimizer: bool | Omit = omit,
        audio_setting: AudioSetting25 | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxMusicV2_5Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A description of the music style, mood, genre, and scenario. Max 2000
                characters. Limits: min length 1, max length 2000.
            lyrics: Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro],
                [Verse], [Pre Chorus], [Chorus], [Bridge], [Outro], [Interlude], [Hook], [Break],
                [Solo], [Inst]. Max 3500 characters. Required when is_instrumental is false and
                lyrics_optimizer is false. Default: "". Limits: max length 3500.
            is_instrumental: When true, generates vocal-free instrumental music. Default: false.
            lyrics_optimizer: When true and lyrics is empty, auto-generates lyrics from the prompt.
                Default: false.
            audio_setting: Audio configuration settings.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics": lyrics,
                "is_instrumental": is_instrumental,
                "lyrics_optimizer": lyrics_optimizer,
                "audio_setting": audio_setting,
            }
        )
        return self._stream(payload, options)
