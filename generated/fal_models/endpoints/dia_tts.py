# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dia-tts` (Dia Tts)."""

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
from fal_models.models.dia_tts import DiaTtsInput, DiaTtsOutput

__all__ = ["DiaTts", "AsyncDiaTts", "DiaTtsInput", "DiaTtsOutput"]


class DiaTts(SyncEndpoint[DiaTtsInput, DiaTtsOutput]):
    """Dia Tts (`fal-ai/dia-tts`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/dia-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dia-tts"
    input_model: ClassVar[type[DiaTtsInput]] = DiaTtsInput
    output_model: ClassVar[type[DiaTtsOutput]] = DiaTtsOutput
    Input = DiaTtsInput
    Output = DiaTtsOutput

    def subscribe(
        self,
        *,
        text: str,
        **options: Unpack[SubscribeOptions],
    ) -> DiaTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DiaTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        **options: Unpack[RunOptions],
    ) -> DiaTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DiaTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return self._stream(payload, options)


class AsyncDiaTts(AsyncEndpoint[DiaTtsInput, DiaTtsOutput]):
    """Dia Tts (`fal-ai/dia-tts`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/dia-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dia-tts"
    input_model: ClassVar[type[DiaTtsInput]] = DiaTtsInput
    output_model: ClassVar[type[DiaTtsOutput]] = DiaTtsOutput
    Input = DiaTtsInput
    Output = DiaTtsOutput

    async def subscribe(
        self,
        *,
        text: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DiaTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DiaTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        **options: Unpack[RunOptions],
    ) -> DiaTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DiaTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
            }
        )
        return self._stream(payload, options)
