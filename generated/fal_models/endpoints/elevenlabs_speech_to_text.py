# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/speech-to-text` (Elevenlabs Speech To Text)."""

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
from fal_models.models.elevenlabs_speech_to_text import (
    ElevenlabsSpeechToTextInput,
    ElevenlabsSpeechToTextOutput,
)

__all__ = [
    "ElevenlabsSpeechToText",
    "AsyncElevenlabsSpeechToText",
    "ElevenlabsSpeechToTextInput",
    "ElevenlabsSpeechToTextOutput",
]


class ElevenlabsSpeechToText(
    SyncEndpoint[ElevenlabsSpeechToTextInput, ElevenlabsSpeechToTextOutput]
):
    """Elevenlabs Speech To Text (`fal-ai/elevenlabs/speech-to-text`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/elevenlabs/speech-to-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/speech-to-text"
    input_model: ClassVar[type[ElevenlabsSpeechToTextInput]] = ElevenlabsSpeechToTextInput
    output_model: ClassVar[type[ElevenlabsSpeechToTextOutput]] = ElevenlabsSpeechToTextOutput
    Input = ElevenlabsSpeechToTextInput
    Output = ElevenlabsSpeechToTextOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsSpeechToTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsSpeechToTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsSpeechToTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsSpeechToTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsSpeechToText(
    AsyncEndpoint[ElevenlabsSpeechToTextInput, ElevenlabsSpeechToTextOutput]
):
    """Elevenlabs Speech To Text (`fal-ai/elevenlabs/speech-to-text`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/elevenlabs/speech-to-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/speech-to-text"
    input_model: ClassVar[type[ElevenlabsSpeechToTextInput]] = ElevenlabsSpeechToTextInput
    output_model: ClassVar[type[ElevenlabsSpeechToTextOutput]] = ElevenlabsSpeechToTextOutput
    Input = ElevenlabsSpeechToTextInput
    Output = ElevenlabsSpeechToTextOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsSpeechToTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsSpeechToTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsSpeechToTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsSpeechToTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
            }
        )
        return self._stream(payload, options)
