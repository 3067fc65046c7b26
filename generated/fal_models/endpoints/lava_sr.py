# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lava-sr` (Lava Sr)."""

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
from fal_models.models.lava_sr import LavaSrInput, LavaSrOutput

__all__ = ["LavaSr", "AsyncLavaSr", "LavaSrInput", "LavaSrOutput"]


class LavaSr(SyncEndpoint[LavaSrInput, LavaSrOutput]):
    """Lava Sr (`fal-ai/lava-sr`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/lava-sr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lava-sr"
    input_model: ClassVar[type[LavaSrInput]] = LavaSrInput
    output_model: ClassVar[type[LavaSrOutput]] = LavaSrOutput
    Input = LavaSrInput
    Output = LavaSrOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LavaSrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LavaSrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LavaSrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LavaSrOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return self._stream(payload, options)


class AsyncLavaSr(AsyncEndpoint[LavaSrInput, LavaSrOutput]):
    """Lava Sr (`fal-ai/lava-sr`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/lava-sr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lava-sr"
    input_model: ClassVar[type[LavaSrInput]] = LavaSrInput
    output_model: ClassVar[type[LavaSrOutput]] = LavaSrOutput
    Input = LavaSrInput
    Output = LavaSrOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LavaSrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LavaSrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LavaSrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        denoise: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        audio_format: Literal["mp3", "aac", "m4a", "ogg", "opus", "flac", "wav"] | Omit = omit,
        bitrate: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LavaSrOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The URL of the audio file to enhance. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            denoise: If `True`, applies UL-UNAS noise filtering before bandwidth extension. Default:
                false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            audio_format: The format for the output audio. Default: "mp3".
            bitrate: The bitrate of the output audio. Default: "192k".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "denoise": denoise,
                "sync_mode": sync_mode,
                "audio_format": audio_format,
                "bitrate": bitrate,
            }
        )
        return self._stream(payload, options)
