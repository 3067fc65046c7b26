# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kolors` (Kolors)."""

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
from fal_models.models import shared
from fal_models.models.kolors import ImageSizePreset, KolorsInput, KolorsOutput

__all__ = ["Kolors", "AsyncKolors", "KolorsInput", "KolorsOutput"]


class Kolors(SyncEndpoint[KolorsInput, KolorsOutput]):
    """Kolors (`fal-ai/kolors`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/kolors/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kolors"
    input_model: ClassVar[type[KolorsInput]] = KolorsInput
    output_model: ClassVar[type[KolorsOutput]] = KolorsOutput
    Input = KolorsInput
    Output = KolorsOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KolorsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KolorsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KolorsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KolorsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncKolors(AsyncEndpoint[KolorsInput, KolorsOutput]):
    """Kolors (`fal-ai/kolors`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/kolors/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kolors"
    input_model: ClassVar[type[KolorsInput]] = KolorsInput
    output_model: ClassVar[type[KolorsOutput]] = KolorsOutput
    Input = KolorsInput
    Output = KolorsOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KolorsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KolorsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KolorsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scheduler: Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KolorsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 1, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 150.
            seed: Seed.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable safety checker. Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
                "scheduler": scheduler,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
