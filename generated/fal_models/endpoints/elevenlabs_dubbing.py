# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/dubbing` (Elevenlabs Dubbing)."""

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
from fal_models.models.elevenlabs_dubbing import ElevenlabsDubbingInput, ElevenlabsDubbingOutput

__all__ = [
    "ElevenlabsDubbing",
    "AsyncElevenlabsDubbing",
    "ElevenlabsDubbingInput",
    "ElevenlabsDubbingOutput",
]


class ElevenlabsDubbing(SyncEndpoint[ElevenlabsDubbingInput, ElevenlabsDubbingOutput]):
    """Elevenlabs Dubbing (`fal-ai/elevenlabs/dubbing`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/elevenlabs/dubbing/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/dubbing"
    input_model: ClassVar[type[ElevenlabsDubbingInput]] = ElevenlabsDubbingInput
    output_model: ClassVar[type[ElevenlabsDubbingOutput]] = ElevenlabsDubbingOutput
    Input = ElevenlabsDubbingInput
    Output = ElevenlabsDubbingOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsDubbingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsDubbingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsDubbingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsDubbingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsDubbing(AsyncEndpoint[ElevenlabsDubbingInput, ElevenlabsDubbingOutput]):
    """Elevenlabs Dubbing (`fal-ai/elevenlabs/dubbing`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/elevenlabs/dubbing/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/dubbing"
    input_model: ClassVar[type[ElevenlabsDubbingInput]] = ElevenlabsDubbingInput
    output_model: ClassVar[type[ElevenlabsDubbingOutput]] = ElevenlabsDubbingOutput
    Input = ElevenlabsDubbingInput
    Output = ElevenlabsDubbingOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsDubbingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsDubbingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsDubbingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        target_lang: str,
        source_lang: str | None | Omit = omit,
        num_speakers: int | None | Omit = omit,
        highest_resolution: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsDubbingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to dub. Either audio_url or video_url must be provided.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: URL of the video file to dub. Either audio_url or video_url must be provided.
                If both are provided, video_url takes priority. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_lang: Target language code for dubbing (ISO 639-1).
            source_lang: Source language code. If not provided, will be auto-detected.
            num_speakers: Number of speakers in the audio. If not provided, will be auto-detected.
                Limits: minimum 1, maximum 50.
            highest_resolution: Whether to use the highest resolution for dubbing. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
                "target_lang": target_lang,
                "source_lang": source_lang,
                "num_speakers": num_speakers,
                "highest_resolution": highest_resolution,
            }
        )
        return self._stream(payload, options)
