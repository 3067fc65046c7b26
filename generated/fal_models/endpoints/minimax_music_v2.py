# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax-music/v2` (Minimax Music V2)."""

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
from fal_models.models.minimax_music_v2 import (
    AudioSetting,
    MinimaxMusicV2Input,
    MinimaxMusicV2Output,
)

__all__ = ["MinimaxMusicV2", "AsyncMinimaxMusicV2", "MinimaxMusicV2Input", "MinimaxMusicV2Output"]


class MinimaxMusicV2(SyncEndpoint[MinimaxMusicV2Input, MinimaxMusicV2Output]):
    """Minimax Music V2 (`fal-ai/minimax-music/v2`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music/v2"
    input_model: ClassVar[type[MinimaxMusicV2Input]] = MinimaxMusicV2Input
    output_model: ClassVar[type[MinimaxMusicV2Output]] = MinimaxMusicV2Output
    Input = MinimaxMusicV2Input
    Output = MinimaxMusicV2Output

    def subscribe(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxMusicV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxMusicV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxMusicV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxMusicV2(AsyncEndpoint[MinimaxMusicV2Input, MinimaxMusicV2Output]):
    """Minimax Music V2 (`fal-ai/minimax-music/v2`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music/v2"
    input_model: ClassVar[type[MinimaxMusicV2Input]] = MinimaxMusicV2Input
    output_model: ClassVar[type[MinimaxMusicV2Output]] = MinimaxMusicV2Output
    Input = MinimaxMusicV2Input
    Output = MinimaxMusicV2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxMusicV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxMusicV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        lyrics_prompt: str,
        audio_setting: AudioSetting | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxMusicV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A description of the music, specifying style, mood, and scenario. 10-300
                characters. Limits: min length 10, max length 2000.
            lyrics_prompt: Lyrics of the song. Use n to separate lines. You may add structure tags
                like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement.
                10-3000 characters. Limits: min length 10, max length 3000.
            audio_setting: Audio configuration settings.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "lyrics_prompt": lyrics_prompt,
                "audio_setting": audio_setting,
            }
        )
        return self._stream(payload, options)
