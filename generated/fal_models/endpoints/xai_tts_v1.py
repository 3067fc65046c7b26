# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/tts/v1` (Xai Tts V1)."""

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
from fal_models.models.xai_tts_v1 import OutputFormat, XaiTtsV1Input, XaiTtsV1Output

__all__ = ["XaiTtsV1", "AsyncXaiTtsV1", "XaiTtsV1Input", "XaiTtsV1Output"]


class XaiTtsV1(SyncEndpoint[XaiTtsV1Input, XaiTtsV1Output]):
    """Xai Tts V1 (`xai/tts/v1`).

    Input for xAI text-to-speech generation.

    Category: text-to-speech. Docs: https://fal.ai/models/xai/tts/v1/api
    """

    endpoint_id: ClassVar[str] = "xai/tts/v1"
    input_model: ClassVar[type[XaiTtsV1Input]] = XaiTtsV1Input
    output_model: ClassVar[type[XaiTtsV1Output]] = XaiTtsV1Output
    Input = XaiTtsV1Input
    Output = XaiTtsV1Output

    def subscribe(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiTtsV1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiTtsV1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiTtsV1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiTtsV1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncXaiTtsV1(AsyncEndpoint[XaiTtsV1Input, XaiTtsV1Output]):
    """Xai Tts V1 (`xai/tts/v1`).

    Input for xAI text-to-speech generation.

    Category: text-to-speech. Docs: https://fal.ai/models/xai/tts/v1/api
    """

    endpoint_id: ClassVar[str] = "xai/tts/v1"
    input_model: ClassVar[type[XaiTtsV1Input]] = XaiTtsV1Input
    output_model: ClassVar[type[XaiTtsV1Output]] = XaiTtsV1Output
    Input = XaiTtsV1Input
    Output = XaiTtsV1Output

    async def subscribe(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiTtsV1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiTtsV1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiTtsV1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: Literal["eve", "ara", "rex", "sal", "leo"] | Omit = omit,
        language: Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ]
        | Omit = omit,
        output_format: OutputFormat | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiTtsV1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
                expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags
                like <whisper>text</whisper>, <slow>text</slow>. Limits: min length 1, max length
                15000.
            voice: Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex:
                confident, clear. sal: smooth, balanced. leo: authoritative, strong. Default: "eve".
            language: BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr,
                de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA,
                ar-AE. Default: "auto".
            output_format: Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "language": language,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
