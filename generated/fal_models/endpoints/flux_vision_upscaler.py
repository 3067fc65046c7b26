# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-vision-upscaler` (Flux Vision Upscaler)."""

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
from fal_models.models.flux_vision_upscaler import FluxVisionUpscalerInput, FluxVisionUpscalerOutput

__all__ = [
    "FluxVisionUpscaler",
    "AsyncFluxVisionUpscaler",
    "FluxVisionUpscalerInput",
    "FluxVisionUpscalerOutput",
]


class FluxVisionUpscaler(SyncEndpoint[FluxVisionUpscalerInput, FluxVisionUpscalerOutput]):
    """Flux Vision Upscaler (`fal-ai/flux-vision-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-vision-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-vision-upscaler"
    input_model: ClassVar[type[FluxVisionUpscalerInput]] = FluxVisionUpscalerInput
    output_model: ClassVar[type[FluxVisionUpscalerOutput]] = FluxVisionUpscalerOutput
    Input = FluxVisionUpscalerInput
    Output = FluxVisionUpscalerOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxVisionUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxVisionUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxVisionUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxVisionUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncFluxVisionUpscaler(AsyncEndpoint[FluxVisionUpscalerInput, FluxVisionUpscalerOutput]):
    """Flux Vision Upscaler (`fal-ai/flux-vision-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-vision-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-vision-upscaler"
    input_model: ClassVar[type[FluxVisionUpscalerInput]] = FluxVisionUpscalerInput
    output_model: ClassVar[type[FluxVisionUpscalerOutput]] = FluxVisionUpscalerOutput
    Input = FluxVisionUpscalerInput
    Output = FluxVisionUpscalerOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxVisionUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxVisionUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxVisionUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        creativity: float | Omit = omit,
        guidance: float | Omit = omit,
        steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxVisionUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: The upscale factor (1-4x). Default: 2. Limits: minimum 1, maximum 4.
            seed: The seed to use for the upscale. If not provided, a random seed will be used.
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the original. Refers to the denoise strength of the sampling.
                Default: 0.3. Limits: minimum 0, maximum 1.
            guidance: CFG/guidance scale (1-4). Controls how closely the model follows the prompt.
                Default: 1. Limits: minimum 1, maximum 4.
            steps: Number of inference steps (4-50). Default: 20. Limits: minimum 4, maximum 50.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "seed": seed,
                "creativity": creativity,
                "guidance": guidance,
                "steps": steps,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
