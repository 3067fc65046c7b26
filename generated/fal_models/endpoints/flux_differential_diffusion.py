# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-differential-diffusion` (Flux Differential Diffusion)."""

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
from fal_models.models.flux_differential_diffusion import (
    FluxDifferentialDiffusionInput,
    FluxDifferentialDiffusionOutput,
)

__all__ = [
    "FluxDifferentialDiffusion",
    "AsyncFluxDifferentialDiffusion",
    "FluxDifferentialDiffusionInput",
    "FluxDifferentialDiffusionOutput",
]


class FluxDifferentialDiffusion(
    SyncEndpoint[FluxDifferentialDiffusionInput, FluxDifferentialDiffusionOutput]
):
    """Flux Differential Diffusion (`fal-ai/flux-differential-diffusion`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-differential-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-differential-diffusion"
    input_model: ClassVar[type[FluxDifferentialDiffusionInput]] = FluxDifferentialDiffusionInput
    output_model: ClassVar[type[FluxDifferentialDiffusionOutput]] = FluxDifferentialDiffusionOutput
    Input = FluxDifferentialDiffusionInput
    Output = FluxDifferentialDiffusionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxDifferentialDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxDifferentialDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxDifferentialDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxDifferentialDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncFluxDifferentialDiffusion(
    AsyncEndpoint[FluxDifferentialDiffusionInput, FluxDifferentialDiffusionOutput]
):
    """Flux Differential Diffusion (`fal-ai/flux-differential-diffusion`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-differential-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-differential-diffusion"
    input_model: ClassVar[type[FluxDifferentialDiffusionInput]] = FluxDifferentialDiffusionInput
    output_model: ClassVar[type[FluxDifferentialDiffusionOutput]] = FluxDifferentialDiffusionOutput
    Input = FluxDifferentialDiffusionInput
    Output = FluxDifferentialDiffusionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxDifferentialDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxDifferentialDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxDifferentialDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxDifferentialDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
