# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/playground-v25/inpainting` (Playground V25 Inpainting)."""

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
from fal_models.models.playground_v25_inpainting import (
    Embedding,
    ImageSize,
    ImageSizePreset,
    PlaygroundV25InpaintingInput,
    PlaygroundV25InpaintingOutput,
)

__all__ = [
    "PlaygroundV25Inpainting",
    "AsyncPlaygroundV25Inpainting",
    "PlaygroundV25InpaintingInput",
    "PlaygroundV25InpaintingOutput",
]


class PlaygroundV25Inpainting(
    SyncEndpoint[PlaygroundV25InpaintingInput, PlaygroundV25InpaintingOutput]
):
    """Playground V25 Inpainting (`fal-ai/playground-v25/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/playground-v25/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/playground-v25/inpainting"
    input_model: ClassVar[type[PlaygroundV25InpaintingInput]] = PlaygroundV25InpaintingInput
    output_model: ClassVar[type[PlaygroundV25InpaintingOutput]] = PlaygroundV25InpaintingOutput
    Input = PlaygroundV25InpaintingInput
    Output = PlaygroundV25InpaintingOutput

    def subscribe(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> PlaygroundV25InpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PlaygroundV25InpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PlaygroundV25InpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PlaygroundV25InpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)


class AsyncPlaygroundV25Inpainting(
    AsyncEndpoint[PlaygroundV25InpaintingInput, PlaygroundV25InpaintingOutput]
):
    """Playground V25 Inpainting (`fal-ai/playground-v25/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/playground-v25/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/playground-v25/inpainting"
    input_model: ClassVar[type[PlaygroundV25InpaintingInput]] = PlaygroundV25InpaintingInput
    output_model: ClassVar[type[PlaygroundV25InpaintingOutput]] = PlaygroundV25InpaintingOutput
    Input = PlaygroundV25InpaintingInput
    Output = PlaygroundV25InpaintingOutput

    async def subscribe(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PlaygroundV25InpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PlaygroundV25InpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PlaygroundV25InpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PlaygroundV25InpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            embeddings: The list of embeddings to use. Default: [].
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "embeddings": embeddings,
                "expand_prompt": expand_prompt,
                "request_id": request_id,
                "strength": strength,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_url": image_url,
                "safety_checker_version": safety_checker_version,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)
