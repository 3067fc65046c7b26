# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-lightning-sdxl` (Fast Lightning Sdxl)."""

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
from fal_models.models.fast_lightning_sdxl import (
    Embedding,
    FastLightningSdxlInput,
    FastLightningSdxlOutput,
    ImageSize,
    ImageSizePreset,
)

__all__ = [
    "FastLightningSdxl",
    "AsyncFastLightningSdxl",
    "FastLightningSdxlInput",
    "FastLightningSdxlOutput",
]


class FastLightningSdxl(SyncEndpoint[FastLightningSdxlInput, FastLightningSdxlOutput]):
    """Fast Lightning Sdxl (`fal-ai/fast-lightning-sdxl`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/fast-lightning-sdxl/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-lightning-sdxl"
    input_model: ClassVar[type[FastLightningSdxlInput]] = FastLightningSdxlInput
    output_model: ClassVar[type[FastLightningSdxlOutput]] = FastLightningSdxlOutput
    Input = FastLightningSdxlInput
    Output = FastLightningSdxlOutput

    def subscribe(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastLightningSdxlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastLightningSdxlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastLightningSdxlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastLightningSdxlOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return self._stream(payload, options)


class AsyncFastLightningSdxl(AsyncEndpoint[FastLightningSdxlInput, FastLightningSdxlOutput]):
    """Fast Lightning Sdxl (`fal-ai/fast-lightning-sdxl`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/fast-lightning-sdxl/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-lightning-sdxl"
    input_model: ClassVar[type[FastLightningSdxlInput]] = FastLightningSdxlInput
    output_model: ClassVar[type[FastLightningSdxlOutput]] = FastLightningSdxlOutput
    Input = FastLightningSdxlInput
    Output = FastLightningSdxlOutput

    async def subscribe(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastLightningSdxlOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastLightningSdxlOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastLightningSdxlOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        request_id: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastLightningSdxlOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "format": format,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
            }
        )
        return self._stream(payload, options)
