# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wizper` (Wizper)."""

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
from fal_models.models.wizper import WizperInput, WizperOutput

__all__ = ["Wizper", "AsyncWizper", "WizperInput", "WizperOutput"]


class Wizper(SyncEndpoint[WizperInput, WizperOutput]):
    """Wizper (`fal-ai/wizper`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/wizper/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wizper"
    input_model: ClassVar[type[WizperInput]] = WizperInput
    output_model: ClassVar[type[WizperOutput]] = WizperOutput
    Input = WizperInput
    Output = WizperOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WizperOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WizperOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WizperOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WizperOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return self._stream(payload, options)


class AsyncWizper(AsyncEndpoint[WizperInput, WizperOutput]):
    """Wizper (`fal-ai/wizper`).

    Category: speech-to-text. Docs: https://fal.ai/models/fal-ai/wizper/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wizper"
    input_model: ClassVar[type[WizperInput]] = WizperInput
    output_model: ClassVar[type[WizperOutput]] = WizperOutput
    Input = WizperInput
    Output = WizperOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WizperOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WizperOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WizperOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        task: Literal["transcribe", "translate"] | Omit = omit,
        language: Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None
        | Omit = omit,
        chunk_level: Literal["segment"] | Omit = omit,
        max_segment_len: int | Omit = omit,
        merge_chunks: bool | Omit = omit,
        version: Literal["3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WizperOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga,
                m4a, wav or webm. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            task: Task to perform on the audio file. Either transcribe or translate. Default:
                "transcribe".
            language: Language of the audio file. If translate is selected as the task, the audio
                will be translated to English, regardless of the language selected. If `None` is
                passed, the language will be automatically detected. This will also increase the
                inference time. Default: "en".
            chunk_level: Level of the chunks to return. Default: "segment".
            max_segment_len: Maximum speech segment duration in seconds before splitting. Default:
                29. Limits: minimum 10, maximum 29.
            merge_chunks: Whether to merge consecutive chunks. When enabled, chunks are merged if
                their combined duration does not exceed max_segment_len. Default: true.
            version: Version of the model to use. All of the models are the Whisper large variant.
                Default: "3".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "task": task,
                "language": language,
                "chunk_level": chunk_level,
                "max_segment_len": max_segment_len,
                "merge_chunks": merge_chunks,
                "version": version,
            }
        )
        return self._stream(payload, options)
