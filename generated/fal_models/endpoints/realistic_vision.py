# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/realistic-vision` (Realistic Vision)."""

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
from fal_models.models.realistic_vision import (
    Embedding,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
    RealisticVisionInput,
    RealisticVisionOutput,
)

__all__ = [
    "RealisticVision",
    "AsyncRealisticVision",
    "RealisticVisionInput",
    "RealisticVisionOutput",
]


class RealisticVision(SyncEndpoint[RealisticVisionInput, RealisticVisionOutput]):
    """Realistic Vision (`fal-ai/realistic-vision`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/realistic-vision/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/realistic-vision"
    input_model: ClassVar[type[RealisticVisionInput]] = RealisticVisionInput
    output_model: ClassVar[type[RealisticVisionOutput]] = RealisticVisionOutput
    Input = RealisticVisionInput
    Output = RealisticVisionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RealisticVisionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RealisticVisionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RealisticVisionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RealisticVisionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)


class AsyncRealisticVision(AsyncEndpoint[RealisticVisionInput, RealisticVisionOutput]):
    """Realistic Vision (`fal-ai/realistic-vision`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/realistic-vision/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/realistic-vision"
    input_model: ClassVar[type[RealisticVisionInput]] = RealisticVisionInput
    output_model: ClassVar[type[RealisticVisionOutput]] = RealisticVisionOutput
    Input = RealisticVisionInput
    Output = RealisticVisionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RealisticVisionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RealisticVisionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RealisticVisionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RealisticVisionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality, lowres,
                low details, oversaturated, undersaturated, overexposed, underexposed, grayscale,
                bw, bad photo, bad photography, bad art:1.4), (watermark, signature, text font,
                username, error, logo, words, letters, digits, autograph, trademark, name:1.2),
                (blur, blurry, grainy), morbid, ugly, asymmetrical, mutated malformed, mutilated,
                poorly lit, bad shadow, draft, cropped, out of frame, cut off, censored, jpeg
                artifacts, out of focus, glitch, duplicate, (airbrushed, cartoon, anime,
                semi-realistic, cgi, render, blender, digital art, manga, amateur:1.3), (3D ,3D
                Game, 3D Game Scene, 3D Character:1.1), (bad hands, bad anatomy, bad body, bad face,
                bad teeth, bad arms, bad legs, deformities:1.3)".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            loras: The list of LoRA weights to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "embeddings": embeddings,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "request_id": request_id,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "loras": loras,
                "format": format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)
