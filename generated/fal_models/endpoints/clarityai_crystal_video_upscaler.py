# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `clarityai/crystal-video-upscaler` (Clarityai Crystal Video Upscaler)."""

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
from fal_models.models.clarityai_crystal_video_upscaler import (
    ClarityaiCrystalVideoUpscalerInput,
    ClarityaiCrystalVideoUpscalerOutput,
)

__all__ = [
    "ClarityaiCrystalVideoUpscaler",
    "AsyncClarityaiCrystalVideoUpscaler",
    "ClarityaiCrystalVideoUpscalerInput",
    "ClarityaiCrystalVideoUpscalerOutput",
]


class ClarityaiCrystalVideoUpscaler(
    SyncEndpoint[ClarityaiCrystalVideoUpscalerInput, ClarityaiCrystalVideoUpscalerOutput]
):
    """Clarityai Crystal Video Upscaler (`clarityai/crystal-video-upscaler`).

    Category: video-to-video. Docs: https://fal.ai/models/clarityai/crystal-video-upscaler/api
    """

    endpoint_id: ClassVar[str] = "clarityai/crystal-video-upscaler"
    input_model: ClassVar[type[ClarityaiCrystalVideoUpscalerInput]] = (
        ClarityaiCrystalVideoUpscalerInput
    )
    output_model: ClassVar[type[ClarityaiCrystalVideoUpscalerOutput]] = (
        ClarityaiCrystalVideoUpscalerOutput
    )
    Input = ClarityaiCrystalVideoUpscalerInput
    Output = ClarityaiCrystalVideoUpscalerOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ClarityaiCrystalVideoUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ClarityaiCrystalVideoUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ClarityaiCrystalVideoUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ClarityaiCrystalVideoUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return self._stream(payload, options)


class AsyncClarityaiCrystalVideoUpscaler(
    AsyncEndpoint[ClarityaiCrystalVideoUpscalerInput, ClarityaiCrystalVideoUpscalerOutput]
):
    """Clarityai Crystal Video Upscaler (`clarityai/crystal-video-upscaler`).

    Category: video-to-video. Docs: https://fal.ai/models/clarityai/crystal-video-upscaler/api
    """

    endpoint_id: ClassVar[str] = "clarityai/crystal-video-upscaler"
    input_model: ClassVar[type[ClarityaiCrystalVideoUpscalerInput]] = (
        ClarityaiCrystalVideoUpscalerInput
    )
    output_model: ClassVar[type[ClarityaiCrystalVideoUpscalerOutput]] = (
        ClarityaiCrystalVideoUpscalerOutput
    )
    Input = ClarityaiCrystalVideoUpscalerInput
    Output = ClarityaiCrystalVideoUpscalerOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ClarityaiCrystalVideoUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ClarityaiCrystalVideoUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ClarityaiCrystalVideoUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        scale_factor: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ClarityaiCrystalVideoUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL to the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. The scale factor must be chosen such that the upscaled video
                does not exceed 5K resolution. Default: 2. Limits: minimum 1, maximum 200.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale_factor": scale_factor,
            }
        )
        return self._stream(payload, options)
