# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax-music` (Minimax Music)."""

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
from fal_models.models.minimax_music import MinimaxMusicInput, MinimaxMusicOutput

__all__ = ["MinimaxMusic", "AsyncMinimaxMusic", "MinimaxMusicInput", "MinimaxMusicOutput"]


class MinimaxMusic(SyncEndpoint[MinimaxMusicInput, MinimaxMusicOutput]):
    """Minimax Music (`fal-ai/minimax-music`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music"
    input_model: ClassVar[type[MinimaxMusicInput]] = MinimaxMusicInput
    output_model: ClassVar[type[MinimaxMusicOutput]] = MinimaxMusicOutput
    Input = MinimaxMusicInput
    Output = MinimaxMusicOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxMusicOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxMusicOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxMusicOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxMusic(AsyncEndpoint[MinimaxMusicInput, MinimaxMusicOutput]):
    """Minimax Music (`fal-ai/minimax-music`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/minimax-music/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax-music"
    input_model: ClassVar[type[MinimaxMusicInput]] = MinimaxMusicInput
    output_model: ClassVar[type[MinimaxMusicOutput]] = MinimaxMusicOutput
    Input = MinimaxMusicInput
    Output = MinimaxMusicOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxMusicOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxMusicOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MinimaxMusicOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxMusicOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Lyrics with optional formatting. You can use a newline to separate each line of
                lyrics. You can use two newlines to add a pause between lines. You can use double
                hash marks (##) at the beginning and end of the lyrics to add accompaniment. Maximum
                600 characters. Limits: min length 1, max length 600.
            reference_audio_url: Reference song, should contain music and vocals. Must be a .wav or
                .mp3 file longer than 15 seconds. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_audio_url": reference_audio_url,
            }
        )
        return self._stream(payload, options)
