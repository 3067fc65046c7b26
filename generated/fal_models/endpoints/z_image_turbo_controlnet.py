# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/z-image/turbo/controlnet` (Z Image Turbo Controlnet)."""

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
from fal_models.models.z_image_turbo_controlnet import (
    ImageSizePreset,
    ZImageTurboControlnetInput,
    ZImageTurboControlnetOutput,
)

__all__ = [
    "ZImageTurboControlnet",
    "AsyncZImageTurboControlnet",
    "ZImageTurboControlnetInput",
    "ZImageTurboControlnetOutput",
]


class ZImageTurboControlnet(SyncEndpoint[ZImageTurboControlnetInput, ZImageTurboControlnetOutput]):
    """Z Image Turbo Controlnet (`fal-ai/z-image/turbo/controlnet`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/controlnet/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/controlnet"
    input_model: ClassVar[type[ZImageTurboControlnetInput]] = ZImageTurboControlnetInput
    output_model: ClassVar[type[ZImageTurboControlnetOutput]] = ZImageTurboControlnetOutput
    Input = ZImageTurboControlnetInput
    Output = ZImageTurboControlnetOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ZImageTurboControlnetOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZImageTurboControlnetOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboControlnetOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZImageTurboControlnetOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return self._stream(payload, options)


class AsyncZImageTurboControlnet(
    AsyncEndpoint[ZImageTurboControlnetInput, ZImageTurboControlnetOutput]
):
    """Z Image Turbo Controlnet (`fal-ai/z-image/turbo/controlnet`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/controlnet/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/controlnet"
    input_model: ClassVar[type[ZImageTurboControlnetInput]] = ZImageTurboControlnetInput
    output_model: ClassVar[type[ZImageTurboControlnetOutput]] = ZImageTurboControlnetOutput
    Input = ZImageTurboControlnetInput
    Output = ZImageTurboControlnetOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZImageTurboControlnetOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZImageTurboControlnetOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboControlnetOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        preprocess: Literal["none", "canny", "depth", "pose"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZImageTurboControlnetOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for ControlNet generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            preprocess: What kind of preprocessing to apply to the image, if any. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "preprocess": preprocess,
            }
        )
        return self._stream(payload, options)
