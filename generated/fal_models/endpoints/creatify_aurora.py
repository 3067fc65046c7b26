# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/creatify/aurora` (Creatify Aurora)."""

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
from fal_models.models.creatify_aurora import CreatifyAuroraInput, CreatifyAuroraOutput

__all__ = ["CreatifyAurora", "AsyncCreatifyAurora", "CreatifyAuroraInput", "CreatifyAuroraOutput"]


class CreatifyAurora(SyncEndpoint[CreatifyAuroraInput, CreatifyAuroraOutput]):
    """Creatify Aurora (`fal-ai/creatify/aurora`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/creatify/aurora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/creatify/aurora"
    input_model: ClassVar[type[CreatifyAuroraInput]] = CreatifyAuroraInput
    output_model: ClassVar[type[CreatifyAuroraOutput]] = CreatifyAuroraOutput
    Input = CreatifyAuroraInput
    Output = CreatifyAuroraOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> CreatifyAuroraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CreatifyAuroraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CreatifyAuroraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CreatifyAuroraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncCreatifyAurora(AsyncEndpoint[CreatifyAuroraInput, CreatifyAuroraOutput]):
    """Creatify Aurora (`fal-ai/creatify/aurora`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/creatify/aurora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/creatify/aurora"
    input_model: ClassVar[type[CreatifyAuroraInput]] = CreatifyAuroraInput
    output_model: ClassVar[type[CreatifyAuroraOutput]] = CreatifyAuroraOutput
    Input = CreatifyAuroraInput
    Output = CreatifyAuroraOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CreatifyAuroraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CreatifyAuroraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CreatifyAuroraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | None | Omit = omit,
        guidance_scale: float | None | Omit = omit,
        audio_guidance_scale: float | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CreatifyAuroraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to be used for video generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: A text prompt to guide the video generation process.
            guidance_scale: Guidance scale to be used for text prompt adherence. Default: 1. Limits:
                minimum 0, maximum 5.
            audio_guidance_scale: Guidance scale to be used for audio adherence. Default: 2. Limits:
                minimum 0, maximum 5.
            resolution: The resolution of the generated video. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "audio_guidance_scale": audio_guidance_scale,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
