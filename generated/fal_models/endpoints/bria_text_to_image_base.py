# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/text-to-image/base` (Bria Text To Image Base)."""

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
from fal_models.models.bria_text_to_image_base import (
    BriaTextToImageBaseInput,
    BriaTextToImageBaseOutput,
    GuidanceInput,
)

__all__ = [
    "BriaTextToImageBase",
    "AsyncBriaTextToImageBase",
    "BriaTextToImageBaseInput",
    "BriaTextToImageBaseOutput",
]


class BriaTextToImageBase(SyncEndpoint[BriaTextToImageBaseInput, BriaTextToImageBaseOutput]):
    """Bria Text To Image Base (`fal-ai/bria/text-to-image/base`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bria/text-to-image/base/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/text-to-image/base"
    input_model: ClassVar[type[BriaTextToImageBaseInput]] = BriaTextToImageBaseInput
    output_model: ClassVar[type[BriaTextToImageBaseOutput]] = BriaTextToImageBaseOutput
    Input = BriaTextToImageBaseInput
    Output = BriaTextToImageBaseOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaTextToImageBaseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaTextToImageBaseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaTextToImageBaseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaTextToImageBaseOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaTextToImageBase(AsyncEndpoint[BriaTextToImageBaseInput, BriaTextToImageBaseOutput]):
    """Bria Text To Image Base (`fal-ai/bria/text-to-image/base`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bria/text-to-image/base/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/text-to-image/base"
    input_model: ClassVar[type[BriaTextToImageBaseInput]] = BriaTextToImageBaseInput
    output_model: ClassVar[type[BriaTextToImageBaseOutput]] = BriaTextToImageBaseOutput
    Input = BriaTextToImageBaseInput
    Output = BriaTextToImageBaseOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaTextToImageBaseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaTextToImageBaseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaTextToImageBaseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        prompt_enhancement: bool | Omit = omit,
        medium: Literal["photography", "art"] | Omit = omit,
        guidance: list[GuidanceInput] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaTextToImageBaseOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt you would like to use to generate images. Limits: min length 1.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            num_images: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 4. Limits: minimum 1, maximum 4.
            aspect_ratio: The aspect ratio of the image. When a guidance method is being used, the
                aspect ratio is defined by the guidance image and this parameter is ignored.
                Default: "1:1".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            prompt_enhancement: When set to true, enhances the provided prompt by generating
                additional, more descriptive variations, resulting in more diverse and creative
                output images. Default: false.
            medium: Which medium should be included in your generated images. This parameter is
                optional.
            guidance: Guidance images to use for the generation. Up to 4 guidance methods can be
                combined during a single inference. Default: [].
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "prompt_enhancement": prompt_enhancement,
                "medium": medium,
                "guidance": guidance,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
