# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image/image-to-image` (Qwen Image Image To Image)."""

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
from fal_models.models.qwen_image_image_to_image import (
    ImageSizePreset,
    LoraWeight,
    QwenImageImageToImageInput,
    QwenImageImageToImageOutput,
)

__all__ = [
    "QwenImageImageToImage",
    "AsyncQwenImageImageToImage",
    "QwenImageImageToImageInput",
    "QwenImageImageToImageOutput",
]


class QwenImageImageToImage(SyncEndpoint[QwenImageImageToImageInput, QwenImageImageToImageOutput]):
    """Qwen Image Image To Image (`fal-ai/qwen-image/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image/image-to-image"
    input_model: ClassVar[type[QwenImageImageToImageInput]] = QwenImageImageToImageInput
    output_model: ClassVar[type[QwenImageImageToImageOutput]] = QwenImageImageToImageOutput
    Input = QwenImageImageToImageInput
    Output = QwenImageImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageImageToImage(
    AsyncEndpoint[QwenImageImageToImageInput, QwenImageImageToImageOutput]
):
    """Qwen Image Image To Image (`fal-ai/qwen-image/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image/image-to-image"
    input_model: ClassVar[type[QwenImageImageToImageInput]] = QwenImageImageToImageInput
    output_model: ClassVar[type[QwenImageImageToImageOutput]] = QwenImageImageToImageOutput
    Input = QwenImageImageToImageInput
    Output = QwenImageImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        use_turbo: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. By default, we will use the provided image
                for determining the image_size.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 2, maximum 250.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular',
                'high'. Higher acceleration increases speed. 'regular' balances speed and quality.
                'high' is recommended for images without text. Default: "none".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            use_turbo: Enable turbo mode for faster generation with high quality. When enabled, uses
                optimized settings (10 steps, CFG=1.2). Default: false.
            image_url: The reference image to guide the generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.6.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
                "loras": loras,
                "use_turbo": use_turbo,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
