# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/maya/batch` (Maya Batch)."""

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
from fal_models.models.maya_batch_ import MayaBatchInput, MayaBatchOutput

__all__ = ["MayaBatch", "AsyncMayaBatch", "MayaBatchInput", "MayaBatchOutput"]


class MayaBatch(SyncEndpoint[MayaBatchInput, MayaBatchOutput]):
    """Maya Batch (`fal-ai/maya/batch`).

    Input schema for batch Maya-1-Voice TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/maya/batch/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/maya/batch"
    input_model: ClassVar[type[MayaBatchInput]] = MayaBatchInput
    output_model: ClassVar[type[MayaBatchOutput]] = MayaBatchOutput
    Input = MayaBatchInput
    Output = MayaBatchOutput

    def subscribe(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MayaBatchOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MayaBatchOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MayaBatchOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MayaBatchOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncMayaBatch(AsyncEndpoint[MayaBatchInput, MayaBatchOutput]):
    """Maya Batch (`fal-ai/maya/batch`).

    Input schema for batch Maya-1-Voice TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/maya/batch/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/maya/batch"
    input_model: ClassVar[type[MayaBatchInput]] = MayaBatchInput
    output_model: ClassVar[type[MayaBatchOutput]] = MayaBatchOutput
    Input = MayaBatchInput
    Output = MayaBatchOutput

    async def subscribe(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MayaBatchOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MayaBatchOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MayaBatchOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        texts: list[str],
        prompts: list[str],
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MayaBatchOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            texts: List of texts to synthesize into speech. You can embed emotion tags in each text
                using the format <emotion_name>. Limits: min items 1, max items 100.
            prompts: List of voice descriptions for each text. Must match the length of texts list.
                Each describes the voice/character attributes. Limits: min items 1, max items 100.
            temperature: Sampling temperature for all generations. Default: 0.4. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling parameter for all generations. Default: 0.9. Limits: minimum 0,
                maximum 1.
            max_tokens: Maximum SNAC tokens per generation. Default: 2000. Limits: minimum 28,
                maximum 4000.
            repetition_penalty: Repetition penalty for all generations. Default: 1.1. Limits:
                minimum 1, maximum 2.
            sample_rate: Output audio sample rate for all generations. 48 kHz provides higher
                quality, 24 kHz is faster. Default: "48 kHz".
            output_format: Output audio format for all generated speech files. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "texts": texts,
                "prompts": prompts,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
