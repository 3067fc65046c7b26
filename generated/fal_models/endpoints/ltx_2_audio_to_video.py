# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2/audio-to-video` (Ltx 2 Audio To Video)."""

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
from fal_models.models.ltx_2_audio_to_video import Ltx2AudioToVideoInput, Ltx2AudioToVideoOutput

__all__ = [
    "Ltx2AudioToVideo",
    "AsyncLtx2AudioToVideo",
    "Ltx2AudioToVideoInput",
    "Ltx2AudioToVideoOutput",
]


class Ltx2AudioToVideo(SyncEndpoint[Ltx2AudioToVideoInput, Ltx2AudioToVideoOutput]):
    """Ltx 2 Audio To Video (`fal-ai/ltx-2/audio-to-video`).

    Category: audio-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/audio-to-video"
    input_model: ClassVar[type[Ltx2AudioToVideoInput]] = Ltx2AudioToVideoInput
    output_model: ClassVar[type[Ltx2AudioToVideoOutput]] = Ltx2AudioToVideoOutput
    Input = Ltx2AudioToVideoInput
    Output = Ltx2AudioToVideoOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2AudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2AudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2AudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2AudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2AudioToVideo(AsyncEndpoint[Ltx2AudioToVideoInput, Ltx2AudioToVideoOutput]):
    """Ltx 2 Audio To Video (`fal-ai/ltx-2/audio-to-video`).

    Category: audio-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/audio-to-video"
    input_model: ClassVar[type[Ltx2AudioToVideoInput]] = Ltx2AudioToVideoInput
    output_model: ClassVar[type[Ltx2AudioToVideoOutput]] = Ltx2AudioToVideoOutput
    Input = Ltx2AudioToVideoInput
    Output = Ltx2AudioToVideoOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2AudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2AudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2AudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        image_url: FileInput | None | Omit = omit,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2AudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to generate a video from. Duration must be between 2
                and 20 seconds. Must be publicly accessible or base64 data URI. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            image_url: URL of an image to use as the first frame of the video. If not provided,
                prompt is required. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            prompt: Text description of how the video should be generated. Required if image_url is
                not provided. When image_url is provided, this describes how the image should be
                animated. Limits: min length 1, max length 5000.
            guidance_scale: Guidance scale for video generation. Higher values make the output more
                closely follow the prompt. Defaults to 5 for text-to-video, or 9 when providing an
                image. Limits: minimum 1, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "image_url": image_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
            }
        )
        return self._stream(payload, options)
