# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/smart-turn` (Smart Turn)."""

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
from fal_models.models.smart_turn import SmartTurnInput, SmartTurnOutput

__all__ = ["SmartTurn", "AsyncSmartTurn", "SmartTurnInput", "SmartTurnOutput"]


class SmartTurn(SyncEndpoint[SmartTurnInput, SmartTurnOutput]):
    """Smart Turn (`fal-ai/smart-turn`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/smart-turn/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/smart-turn"
    input_model: ClassVar[type[SmartTurnInput]] = SmartTurnInput
    output_model: ClassVar[type[SmartTurnOutput]] = SmartTurnOutput
    Input = SmartTurnInput
    Output = SmartTurnOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> SmartTurnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SmartTurnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> SmartTurnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SmartTurnOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncSmartTurn(AsyncEndpoint[SmartTurnInput, SmartTurnOutput]):
    """Smart Turn (`fal-ai/smart-turn`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/smart-turn/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/smart-turn"
    input_model: ClassVar[type[SmartTurnInput]] = SmartTurnInput
    output_model: ClassVar[type[SmartTurnOutput]] = SmartTurnOutput
    Input = SmartTurnInput
    Output = SmartTurnOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SmartTurnOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SmartTurnOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> SmartTurnOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SmartTurnOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file to be processed. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
