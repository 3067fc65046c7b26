# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/maya` (Maya)."""

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
from fal_models.models.maya import MayaInput, MayaOutput

__all__ = ["Maya", "AsyncMaya", "MayaInput", "MayaOutput"]


class Maya(SyncEndpoint[MayaInput, MayaOutput]):
    """Maya (`fal-ai/maya`).

    Input schema for Maya-1-Voice TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/maya/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/maya"
    input_model: ClassVar[type[MayaInput]] = MayaInput
    output_model: ClassVar[type[MayaOutput]] = MayaOutput
    Input = MayaInput
    Output = MayaOutput

    def subscribe(
        self,
        *,
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MayaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
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
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MayaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
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
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MayaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
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
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MayaOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncMaya(AsyncEndpoint[MayaInput, MayaOutput]):
    """Maya (`fal-ai/maya`).

    Input schema for Maya-1-Voice TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/maya/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/maya"
    input_model: ClassVar[type[MayaInput]] = MayaInput
    output_model: ClassVar[type[MayaOutput]] = MayaOutput
    Input = MayaInput
    Output = MayaOutput

    async def subscribe(
        self,
        *,
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MayaOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
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
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MayaOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
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
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MayaOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
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
        text: str,
        prompt: str,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        max_tokens: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        sample_rate: Literal["48 kHz", "24 kHz"] | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MayaOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to synthesize into speech. You can embed emotion tags anywhere in the
                text using the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh,
                chuckle, gasp, angry, excited, whisper, cry, scream, sing, snort, exhale, gulp,
                giggle, sarcastic, curious. Example: 'Hello world! <excited> This is amazing!' or 'I
                can't believe this <sigh> happened again.'. Limits: max length 5000.
            prompt: Description of the voice/character. Includes attributes like age, accent, pitch,
                timbre, pacing, tone, and intensity. See examples for format. Limits: max length
                500.
            temperature: Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent
                audio. Higher values add variation. Default: 0.4. Limits: minimum 0, maximum 2.
            top_p: Nucleus sampling parameter. Controls diversity of token selection. Default: 0.9.
                Limits: minimum 0, maximum 1.
            max_tokens: Maximum number of SNAC tokens to generate (7 tokens per frame). Controls
                maximum audio length. Default: 2000. Limits: minimum 28, maximum 4000.
            repetition_penalty: Penalty for repeating tokens. Higher values reduce repetition
                artifacts. Default: 1.1. Limits: minimum 1, maximum 2.
            sample_rate: Output audio sample rate. 48 kHz provides higher quality audio, 24 kHz is
                faster. Default: "48 kHz".
            output_format: Output audio format for the generated speech. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "prompt": prompt,
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "repetition_penalty": repetition_penalty,
                "sample_rate": sample_rate,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
