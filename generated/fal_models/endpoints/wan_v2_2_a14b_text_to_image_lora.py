# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.2-a14b/text-to-image/lora` (Wan V2.2 A14b Text To Image
Lora).
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
from fal_models.models import shared
from fal_models.models.wan_v2_2_a14b_text_to_image_lora import (
    ImageSizePreset,
    LoRAWeight,
    WanV2_2A14bTextToImageLoraInput,
    WanV2_2A14bTextToImageLoraOutput,
)

__all__ = [
    "WanV2_2A14bTextToImageLora",
    "AsyncWanV2_2A14bTextToImageLora",
    "WanV2_2A14bTextToImageLoraInput",
    "WanV2_2A14bTextToImageLoraOutput",
]


class WanV2_2A14bTextToImageLora(
    SyncEndpoint[WanV2_2A14bTextToImageLoraInput, WanV2_2A14bTextToImageLoraOutput]
):
    """Wan V2.2 A14b Text To Image Lora (`fal-ai/wan/v2.2-a14b/text-to-image/lora`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/text-to-image/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/text-to-image/lora"
    input_model: ClassVar[type[WanV2_2A14bTextToImageLoraInput]] = WanV2_2A14bTextToImageLoraInput
    output_model: ClassVar[type[WanV2_2A14bTextToImageLoraOutput]] = (
        WanV2_2A14bTextToImageLoraOutput
    )
    Input = WanV2_2A14bTextToImageLoraInput
    Output = WanV2_2A14bTextToImageLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_2A14bTextToImageLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_2A14bTextToImageLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bTextToImageLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_2A14bTextToImageLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_2A14bTextToImageLora(
    AsyncEndpoint[WanV2_2A14bTextToImageLoraInput, WanV2_2A14bTextToImageLoraOutput]
):
    """Wan V2.2 A14b Text To Image Lora (`fal-ai/wan/v2.2-a14b/text-to-image/lora`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.2-a14b/text-to-image/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.2-a14b/text-to-image/lora"
    input_model: ClassVar[type[WanV2_2A14bTextToImageLoraInput]] = WanV2_2A14bTextToImageLoraInput
    output_model: ClassVar[type[WanV2_2A14bTextToImageLoraOutput]] = (
        WanV2_2A14bTextToImageLoraOutput
    )
    Input = WanV2_2A14bTextToImageLoraInput
    Output = WanV2_2A14bTextToImageLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_2A14bTextToImageLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_2A14bTextToImageLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_2A14bTextToImageLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_output_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        guidance_scale_2: float | Omit = omit,
        shift: float | Omit = omit,
        loras: list[LoRAWeight] | Omit = omit,
        reverse_video: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        image_format: Literal["png", "jpeg"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_2A14bTextToImageLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide image generation.
            negative_prompt: Negative prompt for video generation. Default: "".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
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
            guidance_scale: Classifier-free guidance scale. Higher values give better adherence to
                the prompt but may decrease quality. Default: 3.5. Limits: minimum 1, maximum 10.
            guidance_scale_2: Guidance scale for the second stage of the model. This is used to
                control the adherence to the prompt in the second stage of the model. Default: 4.
                Limits: minimum 1, maximum 10.
            shift: Shift value for the image. Must be between 1.0 and 10.0. Default: 2. Limits:
                minimum 1, maximum 10.
            loras: LoRA weights to be used in the inference. Default: [].
            reverse_video: If true, the video will be reversed. Default: false.
            image_size: The size of the generated image. Default: "square_hd".
            image_format: The format of the output image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "enable_output_safety_checker": enable_output_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "acceleration": acceleration,
                "guidance_scale": guidance_scale,
                "guidance_scale_2": guidance_scale_2,
                "shift": shift,
                "loras": loras,
                "reverse_video": reverse_video,
                "image_size": image_size,
                "image_format": image_format,
            }
        )
        return self._stream(payload, options)
