# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/yue` (Yue)."""

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
from fal_models.models.yue import YueInput, YueOutput

__all__ = ["Yue", "AsyncYue", "YueInput", "YueOutput"]


class Yue(SyncEndpoint[YueInput, YueOutput]):
    """Yue (`fal-ai/yue`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/yue/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/yue"
    input_model: ClassVar[type[YueInput]] = YueInput
    output_model: ClassVar[type[YueOutput]] = YueOutput
    Input = YueInput
    Output = YueOutput

    def subscribe(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[SubscribeOptions],
    ) -> YueOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[YueOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[RunOptions],
    ) -> YueOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[YueOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return self._stream(payload, options)


class AsyncYue(AsyncEndpoint[YueInput, YueOutput]):
    """Yue (`fal-ai/yue`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/yue/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/yue"
    input_model: ClassVar[type[YueInput]] = YueInput
    output_model: ClassVar[type[YueOutput]] = YueOutput
    Input = YueInput
    Output = YueOutput

    async def subscribe(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> YueOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[YueOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[RunOptions],
    ) -> YueOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        lyrics: str,
        genres: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[YueOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            lyrics: The prompt to generate an image from. Must have two sections. Sections start
                with either [chorus] or a [verse].
            genres: The genres (separated by a space ' ') to guide the music generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "lyrics": lyrics,
                "genres": genres,
            }
        )
        return self._stream(payload, options)
