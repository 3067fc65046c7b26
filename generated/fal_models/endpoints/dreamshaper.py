# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dreamshaper` (Dreamshaper)."""

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
from fal_models.models.dreamshaper import (
    DreamshaperInput,
    DreamshaperOutput,
    Embedding,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
)

__all__ = ["Dreamshaper", "AsyncDreamshaper", "DreamshaperInput", "DreamshaperOutput"]


class Dreamshaper(SyncEndpoint[DreamshaperInput, DreamshaperOutput]):
    """Dreamshaper (`fal-ai/dreamshaper`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/dreamshaper/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dreamshaper"
    input_model: ClassVar[type[DreamshaperInput]] = DreamshaperInput
    output_model: ClassVar[type[DreamshaperOutput]] = DreamshaperOutput
    Input = DreamshaperInput
    Output = DreamshaperOutput

    def subscribe(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DreamshaperOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DreamshaperOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DreamshaperOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DreamshaperOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)


class AsyncDreamshaper(AsyncEndpoint[DreamshaperInput, DreamshaperOutput]):
    """Dreamshaper (`fal-ai/dreamshaper`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/dreamshaper/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dreamshaper"
    input_model: ClassVar[type[DreamshaperInput]] = DreamshaperInput
    output_model: ClassVar[type[DreamshaperOutput]] = DreamshaperOutput
    Input = DreamshaperInput
    Output = DreamshaperOutput

    async def subscribe(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DreamshaperOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DreamshaperOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DreamshaperOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DreamshaperOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: See fal's docs. Default: {"height": 1024, "width": 1024}.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "request_id": request_id,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)
