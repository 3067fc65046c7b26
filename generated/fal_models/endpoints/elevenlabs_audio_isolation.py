# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/audio-isolation` (Elevenlabs Audio Isolation)."""

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
from fal_models.models.elevenlabs_audio_isolation import (
    ElevenlabsAudioIsolationInput,
    ElevenlabsAudioIsolationOutput,
)

__all__ = [
    "ElevenlabsAudioIsolation",
    "AsyncElevenlabsAudioIsolation",
    "ElevenlabsAudioIsolationInput",
    "ElevenlabsAudioIsolationOutput",
]


class ElevenlabsAudioIsolation(
    SyncEndpoint[ElevenlabsAudioIsolationInput, ElevenlabsAudioIsolationOutput]
):
    """Elevenlabs Audio Isolation (`fal-ai/elevenlabs/audio-isolation`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/audio-isolation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/audio-isolation"
    input_model: ClassVar[type[ElevenlabsAudioIsolationInput]] = ElevenlabsAudioIsolationInput
    output_model: ClassVar[type[ElevenlabsAudioIsolationOutput]] = ElevenlabsAudioIsolationOutput
    Input = ElevenlabsAudioIsolationInput
    Output = ElevenlabsAudioIsolationOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsAudioIsolationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsAudioIsolationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsAudioIsolationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsAudioIsolationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsAudioIsolation(
    AsyncEndpoint[ElevenlabsAudioIsolationInput, ElevenlabsAudioIsolationOutput]
):
    """Elevenlabs Audio Isolation (`fal-ai/elevenlabs/audio-isolation`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/audio-isolation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/audio-isolation"
    input_model: ClassVar[type[ElevenlabsAudioIsolationInput]] = ElevenlabsAudioIsolationInput
    output_model: ClassVar[type[ElevenlabsAudioIsolationOutput]] = ElevenlabsAudioIsolationOutput
    Input = ElevenlabsAudioIsolationInput
    Output = ElevenlabsAudioIsolationOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsAudioIsolationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsAudioIsolationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsAudioIsolationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput | None | Omit = omit,
        video_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsAudioIsolationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to isolate voice from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            video_url: Video file to use for audio isolation. Either `audio_url` or `video_url` must
                be provided. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)
