# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-3-tts/voice-design/1.7b` (Qwen 3 Tts Voice Design 1.7b)."""

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
from fal_models.models.qwen_3_tts_voice_design_v1_7b import (
    Qwen3TtsVoiceDesign1_7bInput,
    Qwen3TtsVoiceDesign1_7bOutput,
)

__all__ = [
    "Qwen3TtsVoiceDesign1_7b",
    "AsyncQwen3TtsVoiceDesign1_7b",
    "Qwen3TtsVoiceDesign1_7bInput",
    "Qwen3TtsVoiceDesign1_7bOutput",
]


class Qwen3TtsVoiceDesign1_7b(
    SyncEndpoint[Qwen3TtsVoiceDesign1_7bInput, Qwen3TtsVoiceDesign1_7bOutput]
):
    """Qwen 3 Tts Voice Design 1.7b (`fal-ai/qwen-3-tts/voice-design/1.7b`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/qwen-3-tts/voice-design/1.7b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-tts/voice-design/1.7b"
    input_model: ClassVar[type[Qwen3TtsVoiceDesign1_7bInput]] = Qwen3TtsVoiceDesign1_7bInput
    output_model: ClassVar[type[Qwen3TtsVoiceDesign1_7bOutput]] = Qwen3TtsVoiceDesign1_7bOutput
    Input = Qwen3TtsVoiceDesign1_7bInput
    Output = Qwen3TtsVoiceDesign1_7bOutput

    def subscribe(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Qwen3TtsVoiceDesign1_7bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Qwen3TtsVoiceDesign1_7bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Qwen3TtsVoiceDesign1_7bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Qwen3TtsVoiceDesign1_7bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return self._stream(payload, options)


class AsyncQwen3TtsVoiceDesign1_7b(
    AsyncEndpoint[Qwen3TtsVoiceDesign1_7bInput, Qwen3TtsVoiceDesign1_7bOutput]
):
    """Qwen 3 Tts Voice Design 1.7b (`fal-ai/qwen-3-tts/voice-design/1.7b`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/qwen-3-tts/voice-design/1.7b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-tts/voice-design/1.7b"
    input_model: ClassVar[type[Qwen3TtsVoiceDesign1_7bInput]] = Qwen3TtsVoiceDesign1_7bInput
    output_model: ClassVar[type[Qwen3TtsVoiceDesign1_7bOutput]] = Qwen3TtsVoiceDesign1_7bOutput
    Input = Qwen3TtsVoiceDesign1_7bInput
    Output = Qwen3TtsVoiceDesign1_7bOutput

    async def subscribe(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Qwen3TtsVoiceDesign1_7bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Qwen3TtsVoiceDesign1_7bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Qwen3TtsVoiceDesign1_7bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        language: Literal[
            "Auto",
            "English",
            "Chinese",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Japanese",
            "Korean",
            "Portuguese",
            "Russian",
        ]
        | Omit = omit,
        prompt: str,
        top_k: int | None | Omit = omit,
        top_p: float | None | Omit = omit,
        temperature: float | None | Omit = omit,
        repetition_penalty: float | None | Omit = omit,
        subtalker_dosample: bool | None | Omit = omit,
        subtalker_top_k: int | None | Omit = omit,
        subtalker_top_p: float | None | Omit = omit,
        subtalker_temperature: float | None | Omit = omit,
        max_new_tokens: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Qwen3TtsVoiceDesign1_7bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech.
            language: The language of the voice to be designed. Default: "Auto".
            prompt: Optional prompt to guide the style of the generated speech.
            top_k: Top-k sampling parameter. Default: 50. Limits: minimum 0.
            top_p: Top-p sampling parameter. Default: 1. Limits: minimum 0, maximum 1.
            temperature: Sampling temperature; higher => more random. Default: 0.9. Limits: minimum
                0, maximum 1.
            repetition_penalty: Penalty to reduce repeated tokens/codes. Default: 1.05. Limits:
                minimum 0.
            subtalker_dosample: Sampling switch for the sub-talker. Default: true.
            subtalker_top_k: Top-k for sub-talker sampling. Default: 50. Limits: minimum 0.
            subtalker_top_p: Top-p for sub-talker sampling. Default: 1. Limits: minimum 0, maximum
                1.
            subtalker_temperature: Temperature for sub-talker sampling. Default: 0.9. Limits:
                minimum 0, maximum 1.
            max_new_tokens: Maximum number of new codec tokens to generate. Default: 200. Limits:
                minimum 1, maximum 8192.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "language": language,
                "prompt": prompt,
                "top_k": top_k,
                "top_p": top_p,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
                "subtalker_dosample": subtalker_dosample,
                "subtalker_top_k": subtalker_top_k,
                "subtalker_top_p": subtalker_top_p,
                "subtalker_temperature": subtalker_temperature,
                "max_new_tokens": max_new_tokens,
            }
        )
        return self._stream(payload, options)
