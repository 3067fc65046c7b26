# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2/klein/4b/base/edit/lora` (Flux 2 Klein 4b Base Edit Lora)."""

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
from fal_models.models.flux_2_klein_v4b_base_edit_lora import (
    FalAiFlux2KleinLoRAInput,
    Flux2Klein4bBaseEditLoraInput,
    Flux2Klein4bBaseEditLoraOutput,
    ImageSizePreset,
)

__all__ = [
    "Flux2Klein4bBaseEditLora",
    "AsyncFlux2Klein4bBaseEditLora",
    "Flux2Klein4bBaseEditLoraInput",
    "Flux2Klein4bBaseEditLoraOutput",
]


class Flux2Klein4bBaseEditLora(
    SyncEndpoint[Flux2Klein4bBaseEditLoraInput, Flux2Klein4bBaseEditLoraOutput]
):
    """Flux 2 Klein 4b Base Edit Lora (`fal-ai/flux-2/klein/4b/base/edit/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/4b/base/edit/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/4b/base/edit/lora"
    input_model: ClassVar[type[Flux2Klein4bBaseEditLoraInput]] = Flux2Klein4bBaseEditLoraInput
    output_model: ClassVar[type[Flux2Klein4bBaseEditLoraOutput]] = Flux2Klein4bBaseEditLoraOutput
    Input = Flux2Klein4bBaseEditLoraInput
    Output = Flux2Klein4bBaseEditLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2Klein4bBaseEditLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2Klein4bBaseEditLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Klein4bBaseEditLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2Klein4bBaseEditLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2Klein4bBaseEditLora(
    AsyncEndpoint[Flux2Klein4bBaseEditLoraInput, Flux2Klein4bBaseEditLoraOutput]
):
    """Flux 2 Klein 4b Base Edit Lora (`fal-ai/flux-2/klein/4b/base/edit/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/4b/base/edit/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/4b/base/edit/lora"
    input_model: ClassVar[type[Flux2Klein4bBaseEditLoraInput]] = Flux2Klein4bBaseEditLoraInput
    output_model: ClassVar[type[Flux2Klein4bBaseEditLoraOutput]] = Flux2Klein4bBaseEditLoraOutput
    Input = Flux2Klein4bBaseEditLoraInput
    Output = Flux2Klein4bBaseEditLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2Klein4bBaseEditLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2Klein4bBaseEditLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Klein4bBaseEditLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        loras: list[FalAiFlux2KleinLoRAInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2Klein4bBaseEditLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
