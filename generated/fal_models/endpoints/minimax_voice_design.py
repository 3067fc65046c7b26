# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/voice-design` (Minimax Voice Design)."""

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
from fal_models.models.minimax_voice_design import MinimaxVoiceDesignInput, MinimaxVoiceDesignOutput

__all__ = [
    "MinimaxVoiceDesign",
    "AsyncMinimaxVoiceDesign",
    "MinimaxVoiceDesignInput",
    "MinimaxVoiceDesignOutput",
]


class MinimaxVoiceDesign(SyncEndpoint[MinimaxVoiceDesignInput, MinimaxVoiceDesignOutput]):
    """Minimax Voice Design (`fal-ai/minimax/voice-design`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/voice-design/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/voice-design"
    input_model: ClassVar[type[MinimaxVoiceDesignInput]] = MinimaxVoiceDesignInput
    output_model: ClassVar[type[MinimaxVoiceDesignOutput]] = MinimaxVoiceDesignOutput
    Input = MinimaxVoiceDesignInput
    Output = MinimaxVoiceDesignOutput

    def subscribe(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxVoiceDesignOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxVoiceDesignOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[RunOptions],
    ) -> MinimaxVoiceDesignOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxVoiceDesignOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxVoiceDesign(AsyncEndpoint[MinimaxVoiceDesignInput, MinimaxVoiceDesignOutput]):
    """Minimax Voice Design (`fal-ai/minimax/voice-design`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/voice-design/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/voice-design"
    input_model: ClassVar[type[MinimaxVoiceDesignInput]] = MinimaxVoiceDesignInput
    output_model: ClassVar[type[MinimaxVoiceDesignOutput]] = MinimaxVoiceDesignOutput
    Input = MinimaxVoiceDesignInput
    Output = MinimaxVoiceDesignOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxVoiceDesignOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxVoiceDesignOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[RunOptions],
    ) -> MinimaxVoiceDesignOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        preview_text: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxVoiceDesignOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Voice description prompt for generating a personalized voice. Limits: max length
                2000.
            preview_text: Text for audio preview. Limited to 500 characters. A fee of $30 per 1M
                characters will be charged for the generation of the preview audio. Limits: max
                length 500.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )
        return self._stream(payload, options)
