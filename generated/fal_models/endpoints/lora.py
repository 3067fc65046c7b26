# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lora` (Lora)."""

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
from fal_models.models.lora import (
    ControlNet,
    Embedding,
    ImageSizePreset,
    IPAdapter,
    LoraInput,
    LoraOutput,
    LoraWeight,
    SigmasInput,
    TimestepsInput,
)

__all__ = ["Lora", "AsyncLora", "LoraInput", "LoraOutput"]


class Lora(SyncEndpoint[LoraInput, LoraOutput]):
    """Lora (`fal-ai/lora`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lora"
    input_model: ClassVar[type[LoraInput]] = LoraInput
    output_model: ClassVar[type[LoraOutput]] = LoraOutput
    Input = LoraInput
    Output = LoraOutput

    def subscribe(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return self._stream(payload, options)


class AsyncLora(AsyncEndpoint[LoraInput, LoraOutput]):
    """Lora (`fal-ai/lora`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lora"
    input_model: ClassVar[type[LoraInput]] = LoraInput
    output_model: ClassVar[type[LoraOutput]] = LoraOutput
    Input = LoraInput
    Output = LoraOutput

    async def subscribe(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_name: str,
        unet_name: str | None | Omit = omit,
        variant: str | None | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_weighting: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_guess_mode: bool | Omit = omit,
        ip_adapter: list[IPAdapter] | Omit = omit,
        image_encoder_path: str | None | Omit = omit,
        image_encoder_subfolder: str | None | Omit = omit,
        image_encoder_weight_name: str | None | Omit = omit,
        ic_light_model_url: FileInput | None | Omit = omit,
        ic_light_model_background_image_url: FileInput | None | Omit = omit,
        ic_light_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        clip_skip: int | Omit = omit,
        scheduler: Literal[
            "DPM++ 2M",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Karras",
            "Euler",
            "Euler A",
            "Euler (trailing timesteps)",
            "LCM",
            "LCM (trailing timesteps)",
            "DDIM",
            "TCD",
        ]
        | None
        | Omit = omit,
        timesteps: TimestepsInput | Omit = omit,
        sigmas: SigmasInput | Omit = omit,
        prediction_type: Literal["v_prediction", "epsilon"] | Omit = omit,
        rescale_betas_snr_zero: bool | Omit = omit,
        image_format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        tile_width: int | Omit = omit,
        tile_height: int | Omit = omit,
        tile_stride_width: int | Omit = omit,
        tile_stride_height: int | Omit = omit,
        eta: float | Omit = omit,
        debug_latents: bool | Omit = omit,
        debug_per_pass_latents: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            unet_name: URL or HuggingFace ID of the custom U-Net model to use for the image
                generation.
            variant: The variant of the model to use for huggingface models, e.g. 'fp16'.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt_weighting: If set to true, the prompt weighting syntax will be used.
                Additionally, this will lift the 77 token limit by averaging embeddings. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            embeddings: The embeddings to use for the image generation. Only a single embedding is
                supported at the moment. The embeddings will be used to map the tokens in the prompt
                to the embedding weights. Default: [].
            controlnets: The control nets to use for the image generation. You can use any number of
                control nets and they will be applied to the image at the specified timesteps.
                Default: [].
            controlnet_guess_mode: If set to true, the controlnet will be applied to only the
                conditional predictions. Default: false.
            ip_adapter: The IP adapter to use for the image generation. Default: [].
            image_encoder_path: The path to the image encoder model to use for the image generation.
            image_encoder_subfolder: The subfolder of the image encoder model to use for the image
                generation.
            image_encoder_weight_name: The weight name of the image encoder model to use for the
                image generation. Default: "pytorch_model.bin".
            ic_light_model_url: The URL of the IC Light model to use for the image generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_model_background_image_url: The URL of the IC Light model background image to
                use for the image generation. Make sure to use a background compatible with the
                model. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            ic_light_image_url: The URL of the IC Light model image to use for the image generation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 1, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            clip_skip: Skips part of the image generation process, leading to slightly different
                results. This means the image renders faster, too. Default: 0. Limits: minimum 0,
                maximum 2.
            scheduler: Scheduler / sampler to use for the image denoising process.
            timesteps: Optionally override the timesteps to use for the denoising process. Only
                works with schedulers which support the `timesteps` argument in their
                `set_timesteps` method. Defaults to not overriding, in which case the scheduler
                automatically sets the timesteps based on the `num_inference_steps` parameter. If
                set to a custom timestep schedule, the `num_inference_steps` parameter will be
                ignored. Cannot be set if `sigmas` is set. Default: {"array": [], "method":
                "default"}.
            sigmas: Optionally override the sigmas to use for the denoising process. Only works with
                schedulers which support the `sigmas` argument in their `set_sigmas` method.
                Defaults to not overriding, in which case the scheduler automatically sets the
                sigmas based on the `num_inference_steps` parameter. If set to a custom sigma
                schedule, the `num_inference_steps` parameter will be ignored. Cannot be set if
                `timesteps` is set. Default: {"array": [], "method": "default"}.
            prediction_type: The type of prediction to use for the image generation. The `epsilon`
                is the default. Default: "epsilon".
            rescale_betas_snr_zero: Whether to set the rescale_betas_snr_zero option or not for the
                sampler. Default: false.
            image_format: The format of the generated image. Default: "png".
            num_images: Number of images to generate in one request. Note that the higher the batch
                size, the longer it will take to generate the images. Default: 1. Limits: minimum 1,
                maximum 8.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            tile_width: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_height: The size of the tiles to be used for the image generation. Default: 4096.
                Limits: minimum 128, maximum 4096.
            tile_stride_width: The stride of the tiles to be used for the image generation. Default:
                2048. Limits: minimum 64, maximum 2048.
            tile_stride_height: The stride of the tiles to be used for the image generation.
                Default: 2048. Limits: minimum 64, maximum 2048.
            eta: The eta value to be used for the image generation. Default: 0. Limits: minimum 0,
                maximum 1.
            debug_latents: If set to true, the latents will be saved for debugging. Default: false.
            debug_per_pass_latents: If set to true, the latents will be saved for debugging per
                pass. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "unet_name": unet_name,
                "variant": variant,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_weighting": prompt_weighting,
                "loras": loras,
                "embeddings": embeddings,
                "controlnets": controlnets,
                "controlnet_guess_mode": controlnet_guess_mode,
                "ip_adapter": ip_adapter,
                "image_encoder_path": image_encoder_path,
                "image_encoder_subfolder": image_encoder_subfolder,
                "image_encoder_weight_name": image_encoder_weight_name,
                "ic_light_model_url": ic_light_model_url,
                "ic_light_model_background_image_url": ic_light_model_background_image_url,
                "ic_light_image_url": ic_light_image_url,
                "seed": seed,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "clip_skip": clip_skip,
                "scheduler": scheduler,
                "timesteps": timesteps,
                "sigmas": sigmas,
                "prediction_type": prediction_type,
                "rescale_betas_snr_zero": rescale_betas_snr_zero,
                "image_format": image_format,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "tile_stride_width": tile_stride_width,
                "tile_stride_height": tile_stride_height,
                "eta": eta,
                "debug_latents": debug_latents,
                "debug_per_pass_latents": debug_per_pass_latents,
            }
        )
        return self._stream(payload, options)
