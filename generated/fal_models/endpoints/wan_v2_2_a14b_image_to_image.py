# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-a14b/image-to-image` (Wan V2.2 A14b Image To Image)."""

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
from fal_models.models.wan_v2_2_a14b_image_to_image import (
    ImageSizePreset,
    WanV2_2A14bImageToImageInput,
    WanV2_2A14bImageToImageOutput,
)

__all__ = [
    "WanV2_2A14bImageToImage",
    "AsyncWanV2_2A14bImageToImage",
    "WanV2_2A14bImageToImageInput",
    "WanV2_2A14bImageToImageOutput",
]


class WanV2_2A14bImageToImage(
    SyncEndpoint[WanV2_2A14bImageToImageInput, WanV2_2A14bImageToImageOutput]
):
    """Wan V2.2 A14b Image To Image (`fal-ai/wan/v2.2-a14b/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/image-to-image"
    input_model: ClassVar[type[WanV2_2A14bImageToImageInput]] = WanV2_2A14bImageToImageInput
    output_model: ClassVar[type[WanV2_2A14bImageToImageOutput]] = WanV2_2A14bImageToImageOutput
    Input = WanV2_2A14bImageToImageInput
    Output = WanV2_2A14bImageToImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2A14bImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2A14bImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2A14bImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2A14bImageToImage(
    AsyncEndpoint[WanV2_2A14bImageToImageInput, WanV2_2A14bImageToImageOutput]
):
    """Wan V2.2 A14b Image To Image (`fal-ai/wan/v2.2-a14b/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/image-to-image"
    input_model: ClassVar[type[WanV2_2A14bImageToImageInput]] = WanV2_2A14bImageToImageInput
    output_model: ClassVar[type[WanV2_2A14bImageToImageOutput]] = WanV2_2A14bImageToImageOutput
    Input = WanV2_2A14bImageToImageInput
    Output = WanV2_2A14bImageToImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2A14bImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2A14bImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        strength: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2A14bImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The text prompt to guide image generation.
            strength: Denoising strength. 1.0 = fully remake; 0.0 = preserve original. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: Aspect ratio of the generated image. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 27. Limits: minimum 2, maximum 40.
            enable_safety_checker: If set to true, input data will be checked for safety before
                processing. Default: false.
            enable_output_safety_checker: If set to true, output video will be checked for safety
                after generation. Default: false.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            acceleration: Acceleration level to use. The more acceleration, the faster the
                generation, but with lower quality. The recommended value is 'regular'. Default:
                "regular".
            guidance_scale: Classifier-free guidance scale. Default: 3.5. Limits: minimum 1, maximum
                10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: See fal's docs. Default: 2. Limits: minimum 1, maximum 10.
            image_size: See fal's docs.
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "strength": strength,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._stream(payload, options)
