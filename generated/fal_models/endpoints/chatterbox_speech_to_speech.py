# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/chatterbox/speech-to-speech` (Chatterbox Speech To Speech)."""

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
from fal_models.models.chatterbox_speech_to_speech import (
    ChatterboxSpeechToSpeechInput,
    ChatterboxSpeechToSpeechOutput,
)

__all__ = [
    "ChatterboxSpeechToSpeech",
    "AsyncChatterboxSpeechToSpeech",
    "ChatterboxSpeechToSpeechInput",
    "ChatterboxSpeechToSpeechOutput",
]


class ChatterboxSpeechToSpeech(
    SyncEndpoint[ChatterboxSpeechToSpeechInput, ChatterboxSpeechToSpeechOutput]
):
    """Chatterbox Speech To Speech (`fal-ai/chatterbox/speech-to-speech`).

    Category: speech-to-speech. Docs: https://fal.ai/models/fal-ai/chatterbox/speech-to-speech/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chatterbox/speech-to-speech"
    input_model: ClassVar[type[ChatterboxSpeechToSpeechInput]] = ChatterboxSpeechToSpeechInput
    output_model: ClassVar[type[ChatterboxSpeechToSpeechOutput]] = ChatterboxSpeechToSpeechOutput
    Input = ChatterboxSpeechToSpeechInput
    Output = ChatterboxSpeechToSpeechOutput

    def subscribe(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ChatterboxSpeechToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ChatterboxSpeechToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChatterboxSpeechToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ChatterboxSpeechToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncChatterboxSpeechToSpeech(
    AsyncEndpoint[ChatterboxSpeechToSpeechInput, ChatterboxSpeechToSpeechOutput]
):
    """Chatterbox Speech To Speech (`fal-ai/chatterbox/speech-to-speech`).

    Category: speech-to-speech. Docs: https://fal.ai/models/fal-ai/chatterbox/speech-to-speech/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chatterbox/speech-to-speech"
    input_model: ClassVar[type[ChatterboxSpeechToSpeechInput]] = ChatterboxSpeechToSpeechInput
    output_model: ClassVar[type[ChatterboxSpeechToSpeechOutput]] = ChatterboxSpeechToSpeechOutput
    Input = ChatterboxSpeechToSpeechInput
    Output = ChatterboxSpeechToSpeechOutput

    async def subscribe(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ChatterboxSpeechToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ChatterboxSpeechToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChatterboxSpeechToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        source_audio_url: FileInput,
        target_voice_audio_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ChatterboxSpeechToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            target_voice_audio_url: Optional URL to an audio file to use as a reference for the
                generated speech. If provided, the model will try to match the style and tone of the
                reference audio. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice_audio_url": target_voice_audio_url,
            }
        )
        return self._stream(payload, options)
