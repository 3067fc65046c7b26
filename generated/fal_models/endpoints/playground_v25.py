# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/playground-v25` (Playground V25)."""

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
from fal_models.models.playground_v25 import (
    Embedding,
    ImageSize,
    ImageSizePreset,
    PlaygroundV25Input,
    PlaygroundV25Output,
)

__all__ = ["PlaygroundV25", "AsyncPlaygroundV25", "PlaygroundV25Input", "PlaygroundV25Output"]


class PlaygroundV25(SyncEndpoint[PlaygroundV25Input, PlaygroundV25Output]):
    """Playground V25 (`fal-ai/playground-v25`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/playground-v25/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/playground-v25"
    input_model: ClassVar[type[PlaygroundV25Input]] = PlaygroundV25Input
    output_model: ClassVar[type[PlaygroundV25Output]] = PlaygroundV25Output
    Input = PlaygroundV25Input
    Output = PlaygroundV25Output

    def subscribe(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PlaygroundV25Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PlaygroundV25Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PlaygroundV25Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PlaygroundV25Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return self._stream(payload, options)


class AsyncPlaygroundV25(AsyncEndpoint[PlaygroundV25Input, PlaygroundV25Output]):
    """Playground V25 (`fal-ai/playground-v25`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/playground-v25/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/playground-v25"
    input_model: ClassVar[type[PlaygroundV25Input]] = PlaygroundV25Input
    output_model: ClassVar[type[PlaygroundV25Output]] = PlaygroundV25Output
    Input = PlaygroundV25Input
    Output = PlaygroundV25Output

    async def subscribe(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PlaygroundV25Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PlaygroundV25Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PlaygroundV25Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        guidance_scale: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PlaygroundV25Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: "square_hd".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "format": format,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
            }
        )
        return self._stream(payload, options)
