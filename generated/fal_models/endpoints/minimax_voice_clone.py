# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/voice-clone` (Minimax Voice Clone)."""

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
from fal_models.models.minimax_voice_clone import MinimaxVoiceCloneInput, MinimaxVoiceCloneOutput

__all__ = [
    "MinimaxVoiceClone",
    "AsyncMinimaxVoiceClone",
    "MinimaxVoiceCloneInput",
    "MinimaxVoiceCloneOutput",
]


class MinimaxVoiceClone(SyncEndpoint[MinimaxVoiceCloneInput, MinimaxVoiceCloneOutput]):
    """Minimax Voice Clone (`fal-ai/minimax/voice-clone`).

    Category: speech-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/voice-clone/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/voice-clone"
    input_model: ClassVar[type[MinimaxVoiceCloneInput]] = MinimaxVoiceCloneInput
    output_model: ClassVar[type[MinimaxVoiceCloneOutput]] = MinimaxVoiceCloneOutput
    Input = MinimaxVoiceCloneInput
    Output = MinimaxVoiceCloneOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxVoiceCloneOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxVoiceCloneOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVoiceCloneOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxVoiceCloneOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxVoiceClone(AsyncEndpoint[MinimaxVoiceCloneInput, MinimaxVoiceCloneOutput]):
    """Minimax Voice Clone (`fal-ai/minimax/voice-clone`).

    Category: speech-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/voice-clone/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/voice-clone"
    input_model: ClassVar[type[MinimaxVoiceCloneInput]] = MinimaxVoiceCloneInput
    output_model: ClassVar[type[MinimaxVoiceCloneOutput]] = MinimaxVoiceCloneOutput
    Input = MinimaxVoiceCloneInput
    Output = MinimaxVoiceCloneOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxVoiceCloneOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxVoiceCloneOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVoiceCloneOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        noise_reduction: bool | Omit = omit,
        need_volume_normalization: bool | Omit = omit,
        accuracy: float | None | Omit = omit,
        text: str | None | Omit = omit,
        model: Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxVoiceCloneOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the input audio file for voice cloning. Should be at least 10 seconds
                long. To retain the voice permanently, use it with a TTS (text-to-speech) endpoint
                at least once within 7 days. Otherwise, it will be automatically deleted. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            noise_reduction: Enable noise reduction for the cloned voice. Default: false.
            need_volume_normalization: Enable volume normalization for the cloned voice. Default:
                false.
            accuracy: Text validation accuracy threshold (0-1). Limits: minimum 0, maximum 1.
            text: Text to generate a TTS preview with the cloned voice (optional). Default: "Hello,
                this is a preview of your cloned voice! I hope you like it!". Limits: max length
                1000.
            model: TTS model to use for preview. Options: speech-02-hd, speech-02-turbo,
                speech-01-hd, speech-01-turbo. Default: "speech-02-hd".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "noise_reduction": noise_reduction,
                "need_volume_normalization": need_volume_normalization,
                "accuracy": accuracy,
                "text": text,
                "model": model,
            }
        )
        return self._stream(payload, options)
