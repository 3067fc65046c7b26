# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kolors/image-to-image` (Kolors Image To Image)."""

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
from fal_models.models import shared
from fal_models.models.kolors_image_to_image import (
    ImageSizePreset,
    KolorsImageToImageInput,
    KolorsImageToImageOutput,
)

__all__ = [
    "KolorsImageToImage",
    "AsyncKolorsImageToImage",
    "KolorsImageToImageInput",
    "KolorsImageToImageOutput",
]


class KolorsImageToImage(SyncEndpoint[KolorsImageToImageInput, KolorsImageToImageOutput]):
    """Kolors Image To Image (`fal-ai/kolors/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/kolors/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kolors/image-to-image"
    input_model: ClassVar[type[KolorsImageToImageInput]] = KolorsImageToImageInput
    output_model: ClassVar[type[KolorsImageToImageOutput]] = KolorsImageToImageOutput
    Input = KolorsImageToImageInput
    Output = KolorsImageToImageOutput

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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KolorsImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KolorsImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KolorsImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KolorsImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncKolorsImageToImage(AsyncEndpoint[KolorsImageToImageInput, KolorsImageToImageOutput]):
    """Kolors Image To Image (`fal-ai/kolors/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/kolors/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kolors/image-to-image"
    input_model: ClassVar[type[KolorsImageToImageInput]] = KolorsImageToImageInput
    output_model: ClassVar[type[KolorsImageToImageOutput]] = KolorsImageToImageOutput
    Input = KolorsImageToImageInput
    Output = KolorsImageToImageOutput

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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KolorsImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KolorsImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KolorsImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
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
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KolorsImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
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
            image_size: The size of the generated image.
            scheduler: The scheduler to use for the model. Default: "EulerDiscreteScheduler".
            output_format: The format of the generated image. Default: "png".
            image_url: URL of image to use for image to image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength to use for image-to-image. 1.0 is completely remakes the image
                while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum 1.
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
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
