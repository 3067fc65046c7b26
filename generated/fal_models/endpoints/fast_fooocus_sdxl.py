# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-fooocus-sdxl` (Fast Fooocus Sdxl)."""

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
from fal_models.models.fast_fooocus_sdxl import (
    Embedding,
    FastFooocusSdxlInput,
    FastFooocusSdxlOutput,
    ImageSize,
    ImageSizePreset,
)

__all__ = [
    "FastFooocusSdxl",
    "AsyncFastFooocusSdxl",
    "FastFooocusSdxlInput",
    "FastFooocusSdxlOutput",
]


class FastFooocusSdxl(SyncEndpoint[FastFooocusSdxlInput, FastFooocusSdxlOutput]):
    """Fast Fooocus Sdxl (`fal-ai/fast-fooocus-sdxl`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/fast-fooocus-sdxl/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-fooocus-sdxl"
    input_model: ClassVar[type[FastFooocusSdxlInput]] = FastFooocusSdxlInput
    output_model: ClassVar[type[FastFooocusSdxlOutput]] = FastFooocusSdxlOutput
    Input = FastFooocusSdxlInput
    Output = FastFooocusSdxlOutput

    def subscribe(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastFooocusSdxlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastFooocusSdxlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastFooocusSdxlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastFooocusSdxlOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return self._stream(payload, options)


class AsyncFastFooocusSdxl(AsyncEndpoint[FastFooocusSdxlInput, FastFooocusSdxlOutput]):
    """Fast Fooocus Sdxl (`fal-ai/fast-fooocus-sdxl`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/fast-fooocus-sdxl/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-fooocus-sdxl"
    input_model: ClassVar[type[FastFooocusSdxlInput]] = FastFooocusSdxlInput
    output_model: ClassVar[type[FastFooocusSdxlOutput]] = FastFooocusSdxlOutput
    Input = FastFooocusSdxlInput
    Output = FastFooocusSdxlOutput

    async def subscribe(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastFooocusSdxlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastFooocusSdxlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastFooocusSdxlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt: str,
        enable_safety_checker: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastFooocusSdxlOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "safety_checker_version": safety_checker_version,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt": prompt,
                "enable_safety_checker": enable_safety_checker,
                "embeddings": embeddings,
                "format": format,
                "enable_refiner": enable_refiner,
            }
        )
        return self._stream(payload, options)
