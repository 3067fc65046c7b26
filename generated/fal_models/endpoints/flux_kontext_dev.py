# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-kontext/dev` (Flux Kontext Dev)."""

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
from fal_models.models.flux_kontext_dev import FluxKontextDevInput, FluxKontextDevOutput

__all__ = ["FluxKontextDev", "AsyncFluxKontextDev", "FluxKontextDevInput", "FluxKontextDevOutput"]


class FluxKontextDev(SyncEndpoint[FluxKontextDevInput, FluxKontextDevOutput]):
    """Flux Kontext Dev (`fal-ai/flux-kontext/dev`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-kontext/dev/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-kontext/dev"
    input_model: ClassVar[type[FluxKontextDevInput]] = FluxKontextDevInput
    output_model: ClassVar[type[FluxKontextDevOutput]] = FluxKontextDevOutput
    Input = FluxKontextDevInput
    Output = FluxKontextDevOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxKontextDevOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxKontextDevOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKontextDevOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxKontextDevOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._stream(payload, options)


class AsyncFluxKontextDev(AsyncEndpoint[FluxKontextDevInput, FluxKontextDevOutput]):
    """Flux Kontext Dev (`fal-ai/flux-kontext/dev`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-kontext/dev/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-kontext/dev"
    input_model: ClassVar[type[FluxKontextDevInput]] = FluxKontextDevInput
    output_model: ClassVar[type[FluxKontextDevOutput]] = FluxKontextDevOutput
    Input = FluxKontextDevInput
    Output = FluxKontextDevOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxKontextDevOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxKontextDevOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKontextDevOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        resolution_mode: Literal[
            "auto",
            "match_input",
            "1:1",
            "16:9",
            "21:9",
            "3:2",
            "2:3",
            "4:5",
            "5:4",
            "3:4",
            "4:3",
            "9:16",
            "9:21",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxKontextDevOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            image_url: The URL of the image to edit. Max width: 14142px, Max height: 14142px,
                Timeout: 20s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: Output format. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            resolution_mode: Determines how the output resolution is set for image editing. -
                `auto`: The model selects an optimal resolution from a predefined set that best
                matches the input image's aspect ratio. This is the recommended setting for most use
                cases as it's what the model was trained on. - `match_input`: The model will attempt
                to use the same resolution as the input image. The resolution will be adjusted to be
                compatible with the model's requirements (e.g. dimensions must be multiples of 16
                and within supported limits). Apart from these, a few aspect ratios are also
                supported. Default: "match_input".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "resolution_mode": resolution_mode,
            }
        )
        return self._stream(payload, options)
