# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/speech-to-text/scribe-v2` (Elevenlabs Speech To Text
Scribe V2).
"""

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
from fal_models.models.elevenlabs_speech_to_text_scribe_v2 import (
    ElevenlabsSpeechToTextScribeV2Input,
    ElevenlabsSpeechToTextScribeV2Output,
)

__all__ = [
    "ElevenlabsSpeechToTextScribeV2",
    "AsyncElevenlabsSpeechToTextScribeV2",
    "ElevenlabsSpeechToTextScribeV2Input",
    "ElevenlabsSpeechToTextScribeV2Output",
]


class ElevenlabsSpeechToTextScribeV2(
    SyncEndpoint[ElevenlabsSpeechToTextScribeV2Input, ElevenlabsSpeechToTextScribeV2Output]
):
    """Elevenlabs Speech To Text Scribe V2 (`fal-ai/elevenlabs/speech-to-text/scribe-v2`).

    Category: speech-to-text.
    Docs: https://fal.ai/models/fal-ai/elevenlabs/speech-to-text/scribe-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/speech-to-text/scribe-v2"
    input_model: ClassVar[type[ElevenlabsSpeechToTextScribeV2Input]] = (
        ElevenlabsSpeechToTextScribeV2Input
    )
    output_model: ClassVar[type[ElevenlabsSpeechToTextScribeV2Output]] = (
        ElevenlabsSpeechToTextScribeV2Output
    )
    Input = ElevenlabsSpeechToTextScribeV2Input
    Output = ElevenlabsSpeechToTextScribeV2Output

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        keyterms: list[str] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsSpeechToTextScribeV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
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
        keyterms: list[str] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsSpeechToTextScribeV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
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
        keyterms: list[str] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsSpeechToTextScribeV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
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
        keyterms: list[str] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsSpeechToTextScribeV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsSpeechToTextScribeV2(
    AsyncEndpoint[ElevenlabsSpeechToTextScribeV2Input, ElevenlabsSpeechToTextScribeV2Output]
):
    """Elevenlabs Speech To Text Scribe V2 (`fal-ai/elevenlabs/speech-to-text/scribe-v2`).

    Category: speech-to-text.
    Docs: https://fal.ai/models/fal-ai/elevenlabs/speech-to-text/scribe-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/speech-to-text/scribe-v2"
    input_model: ClassVar[type[ElevenlabsSpeechToTextScribeV2Input]] = (
        ElevenlabsSpeechToTextScribeV2Input
    )
    output_model: ClassVar[type[ElevenlabsSpeechToTextScribeV2Output]] = (
        ElevenlabsSpeechToTextScribeV2Output
    )
    Input = ElevenlabsSpeechToTextScribeV2Input
    Output = ElevenlabsSpeechToTextScribeV2Output

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        language_code: str | None | Omit = omit,
        tag_audio_events: bool | Omit = omit,
        diarize: bool | Omit = omit,
        keyterms: list[str] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsSpeechToTextScribeV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
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
        keyterms: list[str] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsSpeechToTextScribeV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
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
        keyterms: list[str] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsSpeechToTextScribeV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
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
        keyterms: list[str] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsSpeechToTextScribeV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to transcribe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            language_code: Language code of the audio.
            tag_audio_events: Tag audio events like laughter, applause, etc. Default: true.
            diarize: Whether to annotate who is speaking. Default: true.
            keyterms: Words or sentences to bias the model towards transcribing. Up to 100 keyterms,
                max 50 characters each. Adds 30% premium over base transcription price. Default: [].
                Limits: max items 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "language_code": language_code,
                "tag_audio_events": tag_audio_events,
                "diarize": diarize,
                "keyterms": keyterms,
            }
        )
        return self._stream(payload, options)
