# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-3-tts/text-to-speech/0.6b` (Qwen 3 Tts Text To Speech 0.6b)."""

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
from fal_models._uploads import FileInput
from fal_models.models.qwen_3_tts_text_to_speech_v0_6b import (
    Qwen3TtsTextToSpeech0_6bInput,
    Qwen3TtsTextToSpeech0_6bOutput,
)

__all__ = [
    "Qwen3TtsTextToSpeech0_6b",
    "AsyncQwen3TtsTextToSpeech0_6b",
    "Qwen3TtsTextToSpeech0_6bInput",
    "Qwen3TtsTextToSpeech0_6bOutput",
]


class Qwen3TtsTextToSpeech0_6b(
    SyncEndpoint[Qwen3TtsTextToSpeech0_6bInput, Qwen3TtsTextToSpeech0_6bOutput]
):
    """Qwen 3 Tts Text To Speech 0.6b (`fal-ai/qwen-3-tts/text-to-speech/0.6b`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/qwen-3-tts/text-to-speech/0.6b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-tts/text-to-speech/0.6b"
    input_model: ClassVar[type[Qwen3TtsTextToSpeech0_6bInput]] = Qwen3TtsTextToSpeech0_6bInput
    output_model: ClassVar[type[Qwen3TtsTextToSpeech0_6bOutput]] = Qwen3TtsTextToSpeech0_6bOutput
    Input = Qwen3TtsTextToSpeech0_6bInput
    Output = Qwen3TtsTextToSpeech0_6bOutput

    def subscribe(
        self,
        *,
        text: str,
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> Qwen3TtsTextToSpeech0_6bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> RequestHandle[Qwen3TtsTextToSpeech0_6bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> Qwen3TtsTextToSpeech0_6bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> EndpointStream[Qwen3TtsTextToSpeech0_6bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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


class AsyncQwen3TtsTextToSpeech0_6b(
    AsyncEndpoint[Qwen3TtsTextToSpeech0_6bInput, Qwen3TtsTextToSpeech0_6bOutput]
):
    """Qwen 3 Tts Text To Speech 0.6b (`fal-ai/qwen-3-tts/text-to-speech/0.6b`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/qwen-3-tts/text-to-speech/0.6b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-tts/text-to-speech/0.6b"
    input_model: ClassVar[type[Qwen3TtsTextToSpeech0_6bInput]] = Qwen3TtsTextToSpeech0_6bInput
    output_model: ClassVar[type[Qwen3TtsTextToSpeech0_6bOutput]] = Qwen3TtsTextToSpeech0_6bOutput
    Input = Qwen3TtsTextToSpeech0_6bInput
    Output = Qwen3TtsTextToSpeech0_6bOutput

    async def subscribe(
        self,
        *,
        text: str,
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> Qwen3TtsTextToSpeech0_6bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> AsyncRequestHandle[Qwen3TtsTextToSpeech0_6bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> Qwen3TtsTextToSpeech0_6bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
        prompt: str | None | Omit = omit,
        voice: Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | Omit = omit,
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
        speaker_voice_embedding_file_url: FileInput | None | Omit = omit,
        reference_text: str | None | Omit = omit,
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
    ) -> AsyncEndpointStream[Qwen3TtsTextToSpeech0_6bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech.
            prompt: Optional prompt to guide the style of the generated speech. This prompt will be
                ignored if a speaker embedding is provided.
            voice: The voice to be used for speech synthesis, will be ignored if a speaker embedding
                is provided. Check out the
                **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
                for each voice's details and which language they primarily support.
            language: The language of the voice. Default: "Auto".
            speaker_voice_embedding_file_url: URL to a speaker embedding file in safetensors format,
                from `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will
                use the cloned voice for synthesis instead of the predefined voices. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
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
                "prompt": prompt,
                "voice": voice,
                "language": language,
                "speaker_voice_embedding_file_url": speaker_voice_embedding_file_url,
                "reference_text": reference_text,
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
