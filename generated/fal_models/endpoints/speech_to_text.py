# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/speech-to-text` (Speech To Text)."""

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
from fal_models.models.speech_to_text import SpeechToTextInput, SpeechToTextOutput

__all__ = ["SpeechToText", "AsyncSpeechToText", "SpeechToTextInput", "SpeechToTextOutput"]


class SpeechToText(SyncEndpoint[SpeechToTextInput, SpeechToTextOutput]):
    """Speech To Text (`fal-ai/speech-to-text`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/speech-to-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/speech-to-text"
    input_model: ClassVar[type[SpeechToTextInput]] = SpeechToTextInput
    output_model: ClassVar[type[SpeechToTextOutput]] = SpeechToTextOutput
    Input = SpeechToTextInput
    Output = SpeechToTextOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SpeechToTextOutput:
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
    ) -> RequestHandle[SpeechToTextOutput]:
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
    ) -> SpeechToTextOutput:
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
    ) -> EndpointStream[SpeechToTextOutput]:
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


class AsyncSpeechToText(AsyncEndpoint[SpeechToTextInput, SpeechToTextOutput]):
    """Speech To Text (`fal-ai/speech-to-text`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/speech-to-text/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/speech-to-text"
    input_model: ClassVar[type[SpeechToTextInput]] = SpeechToTextInput
    output_model: ClassVar[type[SpeechToTextOutput]] = SpeechToTextOutput
    Input = SpeechToTextInput
    Output = SpeechToTextOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        use_pnc: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SpeechToTextOutput:
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
    ) -> AsyncRequestHandle[SpeechToTextOutput]:
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
    ) -> SpeechToTextOutput:
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
    ) -> AsyncEndpointStream[SpeechToTextOutput]:
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
