# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/f5-tts` (F5 Tts)."""

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
from fal_models.models.f5_tts import F5TtsInput, F5TtsOutput

__all__ = ["F5Tts", "AsyncF5Tts", "F5TtsInput", "F5TtsOutput"]


class F5Tts(SyncEndpoint[F5TtsInput, F5TtsOutput]):
    """F5 Tts (`fal-ai/f5-tts`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/f5-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/f5-tts"
    input_model: ClassVar[type[F5TtsInput]] = F5TtsInput
    output_model: ClassVar[type[F5TtsOutput]] = F5TtsOutput
    Input = F5TtsInput
    Output = F5TtsOutput

    def subscribe(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> F5TtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[F5TtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> F5TtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[F5TtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return self._stream(payload, options)


class AsyncF5Tts(AsyncEndpoint[F5TtsInput, F5TtsOutput]):
    """F5 Tts (`fal-ai/f5-tts`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/f5-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/f5-tts"
    input_model: ClassVar[type[F5TtsInput]] = F5TtsInput
    output_model: ClassVar[type[F5TtsOutput]] = F5TtsOutput
    Input = F5TtsInput
    Output = F5TtsOutput

    async def subscribe(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> F5TtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[F5TtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> F5TtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        gen_text: str,
        ref_audio_url: FileInput,
        ref_text: str | Omit = omit,
        model_type: Literal["F5-TTS", "E2-TTS"],
        remove_silence: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[F5TtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            gen_text: The text to be converted to speech. Maximum 5000 characters.
            ref_audio_url: The URL of the reference audio file. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            ref_text: The reference text to be used for TTS. If not provided, an ASR (Automatic
                Speech Recognition) model will be used to generate the reference text. Default: "".
            model_type: The name of the model to be used for TTS.
            remove_silence: Whether to remove the silence from the audio file. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "gen_text": gen_text,
                "ref_audio_url": ref_audio_url,
                "ref_text": ref_text,
                "model_type": model_type,
                "remove_silence": remove_silence,
            }
        )
        return self._stream(payload, options)
