# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2-lora-gallery/multiple-angles` (Flux 2 Lora Gallery Multiple
Angles).
"""

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
from fal_models.models.flux_2_lora_gallery_multiple_angles import (
    Flux2LoraGalleryMultipleAnglesInput,
    Flux2LoraGalleryMultipleAnglesOutput,
    ImageSizePreset,
)

__all__ = [
    "Flux2LoraGalleryMultipleAngles",
    "AsyncFlux2LoraGalleryMultipleAngles",
    "Flux2LoraGalleryMultipleAnglesInput",
    "Flux2LoraGalleryMultipleAnglesOutput",
]


class Flux2LoraGalleryMultipleAngles(
    SyncEndpoint[Flux2LoraGalleryMultipleAnglesInput, Flux2LoraGalleryMultipleAnglesOutput]
):
    """Flux 2 Lora Gallery Multiple Angles (`fal-ai/flux-2-lora-gallery/multiple-angles`).

    Input model for Multiple Angles endpoint - Camera control with precise adjustments using
    <sks> trigger word. Prompt is built automatically from slider values.

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/flux-2-lora-gallery/multiple-angles/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-lora-gallery/multiple-angles"
    input_model: ClassVar[type[Flux2LoraGalleryMultipleAnglesInput]] = (
        Flux2LoraGalleryMultipleAnglesInput
    )
    output_model: ClassVar[type[Flux2LoraGalleryMultipleAnglesOutput]] = (
        Flux2LoraGalleryMultipleAnglesOutput
    )
    Input = Flux2LoraGalleryMultipleAnglesInput
    Output = Flux2LoraGalleryMultipleAnglesOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2LoraGalleryMultipleAnglesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2LoraGalleryMultipleAnglesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2LoraGalleryMultipleAnglesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2LoraGalleryMultipleAnglesOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2LoraGalleryMultipleAngles(
    AsyncEndpoint[Flux2LoraGalleryMultipleAnglesInput, Flux2LoraGalleryMultipleAnglesOutput]
):
    """Flux 2 Lora Gallery Multiple Angles (`fal-ai/flux-2-lora-gallery/multiple-angles`).

    Input model for Multiple Angles endpoint - Camera control with precise adjustments using
    <sks> trigger word. Prompt is built automatically from slider values.

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/flux-2-lora-gallery/multiple-angles/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-lora-gallery/multiple-angles"
    input_model: ClassVar[type[Flux2LoraGalleryMultipleAnglesInput]] = (
        Flux2LoraGalleryMultipleAnglesInput
    )
    output_model: ClassVar[type[Flux2LoraGalleryMultipleAnglesOutput]] = (
        Flux2LoraGalleryMultipleAnglesOutput
    )
    Input = Flux2LoraGalleryMultipleAnglesInput
    Output = Flux2LoraGalleryMultipleAnglesOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2LoraGalleryMultipleAnglesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2LoraGalleryMultipleAnglesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2LoraGalleryMultipleAnglesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        horizontal_angle: float | Omit = omit,
        vertical_angle: float | Omit = omit,
        zoom: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2LoraGalleryMultipleAnglesOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: The URL of the image to adjust camera angle for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            horizontal_angle: Horizontal rotation angle around the object in degrees. 0°=front view,
                90°=right side, 180°=back view, 270°=left side, 360°=front view again. Default: 0.
                Limits: minimum 0, maximum 360.
            vertical_angle: Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot,
                60°=high-angle shot (looking down from above). Default: 0. Limits: minimum 0,
                maximum 60.
            zoom: Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up
                (very close). Default: 5. Limits: minimum 0, maximum 10.
            image_size: The size of the generated image. If not provided, the size of the input
                image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Default: 2.5. Limits: minimum
                0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. Default: "regular".
            seed: Random seed for reproducibility.
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the multiple angles effect. Default: 1. Limits: minimum 0,
                maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "horizontal_angle": horizontal_angle,
                "vertical_angle": vertical_angle,
                "zoom": zoom,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._stream(payload, options)
