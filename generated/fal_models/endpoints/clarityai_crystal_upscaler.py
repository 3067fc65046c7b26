# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `clarityai/crystal-upscaler` (Clarityai Crystal Upscaler)."""

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
from fal_models.models.clarityai_crystal_upscaler import (
    ClarityaiCrystalUpscalerInput,
    ClarityaiCrystalUpscalerOutput,
)

__all__ = [
    "ClarityaiCrystalUpscaler",
    "AsyncClarityaiCrystalUpscaler",
    "ClarityaiCrystalUpscalerInput",
    "ClarityaiCrystalUpscalerOutput",
]


class ClarityaiCrystalUpscaler(
    SyncEndpoint[ClarityaiCrystalUpscalerInput, ClarityaiCrystalUpscalerOutput]
):
    """Clarityai Crystal Upscaler (`clarityai/crystal-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/clarityai/crystal-upscaler/api
    """

    endpoint_id: ClassVar[str] = "clarityai/crystal-upscaler"
    input_model: ClassVar[type[ClarityaiCrystalUpscalerInput]] = ClarityaiCrystalUpscalerInput
    output_model: ClassVar[type[ClarityaiCrystalUpscalerOutput]] = ClarityaiCrystalUpscalerOutput
    Input = ClarityaiCrystalUpscalerInput
    Output = ClarityaiCrystalUpscalerOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ClarityaiCrystalUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ClarityaiCrystalUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ClarityaiCrystalUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ClarityaiCrystalUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return self._stream(payload, options)


class AsyncClarityaiCrystalUpscaler(
    AsyncEndpoint[ClarityaiCrystalUpscalerInput, ClarityaiCrystalUpscalerOutput]
):
    """Clarityai Crystal Upscaler (`clarityai/crystal-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/clarityai/crystal-upscaler/api
    """

    endpoint_id: ClassVar[str] = "clarityai/crystal-upscaler"
    input_model: ClassVar[type[ClarityaiCrystalUpscalerInput]] = ClarityaiCrystalUpscalerInput
    output_model: ClassVar[type[ClarityaiCrystalUpscalerOutput]] = ClarityaiCrystalUpscalerOutput
    Input = ClarityaiCrystalUpscalerInput
    Output = ClarityaiCrystalUpscalerOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ClarityaiCrystalUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ClarityaiCrystalUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ClarityaiCrystalUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scale_factor: float | Omit = omit,
        creativity: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ClarityaiCrystalUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL to the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            scale_factor: Scale factor. Default: 2. Limits: minimum 1, maximum 200.
            creativity: Creativity level for upscaling. Default: 0. Limits: minimum 0, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scale_factor": scale_factor,
                "creativity": creativity,
            }
        )
        return self._stream(payload, options)
