# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-1/dev/image-to-image` (Flux 1 Dev Image To Image)."""

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
from fal_models.models.flux_1_dev_image_to_image import (
    Flux1DevImageToImageInput,
    Flux1DevImageToImageOutput,
)

__all__ = [
    "Flux1DevImageToImage",
    "AsyncFlux1DevImageToImage",
    "Flux1DevImageToImageInput",
    "Flux1DevImageToImageOutput",
]


class Flux1DevImageToImage(SyncEndpoint[Flux1DevImageToImageInput, Flux1DevImageToImageOutput]):
    """Flux 1 Dev Image To Image (`fal-ai/flux-1/dev/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-1/dev/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-1/dev/image-to-image"
    input_model: ClassVar[type[Flux1DevImageToImageInput]] = Flux1DevImageToImageInput
    output_model: ClassVar[type[Flux1DevImageToImageOutput]] = Flux1DevImageToImageOutput
    Input = Flux1DevImageToImageInput
    Output = Flux1DevImageToImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux1DevImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux1DevImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux1DevImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux1DevImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncFlux1DevImageToImage(
    AsyncEndpoint[Flux1DevImageToImageInput, Flux1DevImageToImageOutput]
):
    """Flux 1 Dev Image To Image (`fal-ai/flux-1/dev/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-1/dev/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-1/dev/image-to-image"
    input_model: ClassVar[type[Flux1DevImageToImageInput]] = Flux1DevImageToImageInput
    output_model: ClassVar[type[Flux1DevImageToImageOutput]] = Flux1DevImageToImageOutput
    Input = Flux1DevImageToImageInput
    Output = Flux1DevImageToImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux1DevImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux1DevImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux1DevImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        strength: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux1DevImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to generate an image from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.95. Limits: minimum 0.01, maximum 1.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 10, maximum 50.
            prompt: The prompt to generate an image from.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "strength": strength,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
