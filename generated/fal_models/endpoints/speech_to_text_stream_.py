# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/speech-to-text/stream` (Speech To Text Stream)."""

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
from fal_models.models.speech_to_text_stream_ import (
    SpeechToTextStreamInput,
    SpeechToTextStreamOutput,
)

__all__ = [
    "SpeechToTextStream",
    "AsyncSpeechToTextStream",
    "SpeechToTextStreamInput",
    "SpeechToTextStreamOutput",
]


class SpeechToTextStream(SyncEndpoint[SpeechToTextStreamInput, SpeechToTextStreamOutput]):
    """Speech To Text Stream (`fal-ai/speech-to-text/stream`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/speech-to-text/stream/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/speech-to-text/stream"
    input_model: ClassVar[type[SpeechToTextStreamInput]] = SpeechToTextStreamInput
    output_model: ClassVar[type[SpeechToTextStreamOutput]] = SpeechToTextStreamOutput
    Input = SpeechToTextStreamInput
    Output = SpeechToTextStreamOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SpeechToTextStreamOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SpeechToTextStreamOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SpeechToTextStreamOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SpeechToTextStreamOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return self._stream(payload, options)


class AsyncSpeechToTextStream(AsyncEndpoint[SpeechToTextStreamInput, SpeechToTextStreamOutput]):
    """Speech To Text Stream (`fal-ai/speech-to-text/stream`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/speech-to-text/stream/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/speech-to-text/stream"
    input_model: ClassVar[type[SpeechToTextStreamInput]] = SpeechToTextStreamInput
    output_model: ClassVar[type[SpeechToTextStreamOutput]] = SpeechToTextStreamOutput
    Input = SpeechToTextStreamInput
    Output = SpeechToTextStreamOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SpeechToTextStreamOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SpeechToTextStreamOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SpeechToTextStreamOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SpeechToTextStreamOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: Local filesystem path (or remote URL) to a long audio file. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            use_pnc: Whether to use Canary's built-in punctuation & capitalization. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "use_pnc": use_pnc,
            }
        )
        return self._stream(payload, options)
