# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/audio-understanding` (Audio Understanding)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.audio_understanding import AudioUnderstandingInput, AudioUnderstandingOutput

__all__ = [
    "AudioUnderstanding",
    "AsyncAudioUnderstanding",
    "AudioUnderstandingInput",
    "AudioUnderstandingOutput",
]


class AudioUnderstanding(SyncEndpoint[AudioUnderstandingInput, AudioUnderstandingOutput]):
    """Audio Understanding (`fal-ai/audio-understanding`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/audio-understanding/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/audio-understanding"
    input_model: ClassVar[type[AudioUnderstandingInput]] = AudioUnderstandingInput
    output_model: ClassVar[type[AudioUnderstandingOutput]] = AudioUnderstandingOutput
    Input = AudioUnderstandingInput
    Output = AudioUnderstandingOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AudioUnderstandingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AudioUnderstandingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AudioUnderstandingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AudioUnderstandingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._stream(payload, options)


class AsyncAudioUnderstanding(AsyncEndpoint[AudioUnderstandingInput, AudioUnderstandingOutput]):
    """Audio Understanding (`fal-ai/audio-understanding`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/audio-understanding/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/audio-understanding"
    input_model: ClassVar[type[AudioUnderstandingInput]] = AudioUnderstandingInput
    output_model: ClassVar[type[AudioUnderstandingOutput]] = AudioUnderstandingOutput
    Input = AudioUnderstandingInput
    Output = AudioUnderstandingOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AudioUnderstandingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AudioUnderstandingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AudioUnderstandingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AudioUnderstandingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the audio content. Limits: min length 1, max length
                10000.
            detailed_analysis: Whether to request a more detailed analysis of the audio. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._stream(payload, options)
