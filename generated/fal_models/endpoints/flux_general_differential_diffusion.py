# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-general/differential-diffusion` (Flux General Differential
Diffusion).
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
from fal_models.models.flux_general_differential_diffusion import (
    ControlLoraWeight,
    ControlNet,
    ControlNetUnion,
    EasyControlWeight,
    FluxGeneralDifferentialDiffusionInput,
    FluxGeneralDifferentialDiffusionOutput,
    ImageFillInput,
    ImageSizePreset,
    IPAdapter,
    LoraWeight,
)

__all__ = [
    "FluxGeneralDifferentialDiffusion",
    "AsyncFluxGeneralDifferentialDiffusion",
    "FluxGeneralDifferentialDiffusionInput",
    "FluxGeneralDifferentialDiffusionOutput",
]


class FluxGeneralDifferentialDiffusion(
    SyncEndpoint[FluxGeneralDifferentialDiffusionInput, FluxGeneralDifferentialDiffusionOutput]
):
    """Flux General Differential Diffusion (`fal-ai/flux-general/differential-diffusion`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/flux-general/differential-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-general/differential-diffusion"
    input_model: ClassVar[type[FluxGeneralDifferentialDiffusionInput]] = (
        FluxGeneralDifferentialDiffusionInput
    )
    output_model: ClassVar[type[FluxGeneralDifferentialDiffusionOutput]] = (
        FluxGeneralDifferentialDiffusionOutput
    )
    Input = FluxGeneralDifferentialDiffusionInput
    Output = FluxGeneralDifferentialDiffusionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxGeneralDifferentialDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
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
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxGeneralDifferentialDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
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
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxGeneralDifferentialDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
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
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxGeneralDifferentialDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncFluxGeneralDifferentialDiffusion(
    AsyncEndpoint[FluxGeneralDifferentialDiffusionInput, FluxGeneralDifferentialDiffusionOutput]
):
    """Flux General Differential Diffusion (`fal-ai/flux-general/differential-diffusion`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/flux-general/differential-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-general/differential-diffusion"
    input_model: ClassVar[type[FluxGeneralDifferentialDiffusionInput]] = (
        FluxGeneralDifferentialDiffusionInput
    )
    output_model: ClassVar[type[FluxGeneralDifferentialDiffusionOutput]] = (
        FluxGeneralDifferentialDiffusionOutput
    )
    Input = FluxGeneralDifferentialDiffusionInput
    Output = FluxGeneralDifferentialDiffusionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxGeneralDifferentialDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
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
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxGeneralDifferentialDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
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
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxGeneralDifferentialDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
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
        loras: list[LoraWeight] | Omit = omit,
        control_loras: list[ControlLoraWeight] | Omit = omit,
        controlnets: list[ControlNet] | Omit = omit,
        controlnet_unions: list[ControlNetUnion] | Omit = omit,
        ip_adapters: list[IPAdapter] | Omit = omit,
        easycontrols: list[EasyControlWeight] | Omit = omit,
        fill_image: ImageFillInput | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        real_cfg_scale: float | Omit = omit,
        use_real_cfg: bool | Omit = omit,
        use_cfg_zero: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        reference_image_url: FileInput | Omit = omit,
        reference_strength: float | Omit = omit,
        reference_start: float | Omit = omit,
        reference_end: float | Omit = omit,
        base_shift: float | Omit = omit,
        max_shift: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        use_beta_schedule: bool | Omit = omit,
        sigma_schedule: Literal["sgm_uniform"] | None | Omit = omit,
        scheduler: Literal["euler", "dpmpp_2m"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        nag_scale: float | Omit = omit,
        nag_tau: float | Omit = omit,
        nag_alpha: float | Omit = omit,
        nag_end: float | Omit = omit,
        image_url: FileInput,
        change_map_image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxGeneralDifferentialDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            control_loras: The LoRAs to use for the image generation which use a control image. You
                can use any number of LoRAs and they will be merged together to generate the final
                image. Default: [].
            controlnets: The controlnets to use for the image generation. Only one controlnet is
                supported at the moment. Default: [].
            controlnet_unions: The controlnet unions to use for the image generation. Only one
                controlnet is supported at the moment. Default: [].
            ip_adapters: IP-Adapter to use for image generation. Default: [].
            easycontrols: EasyControl Inputs to use for image generation. Default: [].
            fill_image: Use an image input to influence the generation. Can be used to fill images
                in masked areas.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            real_cfg_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 5.
            use_real_cfg: Uses classical CFG as in SD1.5, SDXL, etc. Increases generation times and
                price when set to be true. If using XLabs IP-Adapter v1, this will be turned on!.
                Default: false.
            use_cfg_zero: Uses CFG-zero init sampling as in https://arxiv.org/abs/2503.18886.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 10.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            reference_image_url: URL of Image for Reference-Only. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            reference_strength: Strength of reference_only generation. Only used if a reference
                image is provided. Default: 0.65. Limits: minimum -3, maximum 3.
            reference_start: The percentage of the total timesteps when the reference guidance is to
                bestarted. Default: 0. Limits: minimum 0, maximum 1.
            reference_end: The percentage of the total timesteps when the reference guidance is to
                be ended. Default: 1. Limits: minimum 0, maximum 1.
            base_shift: Base shift for the scheduled timesteps. Default: 0.5. Limits: minimum 0.01,
                maximum 5.
            max_shift: Max shift for the scheduled timesteps. Default: 1.15. Limits: minimum 0.01,
                maximum 5.
            output_format: The format of the generated image. Default: "png".
            use_beta_schedule: Specifies whether beta sigmas ought to be used. Default: false.
            sigma_schedule: Sigmas schedule for the denoising process.
            scheduler: Scheduler for the denoising process. Default: "euler".
            negative_prompt: Negative prompt to steer the image generation away from unwanted
                features. By default, we will be using NAG for processing the negative prompt.
                Default: "".
            nag_scale: The scale for NAG. Higher values will result in a image that is more distant
                to the negative prompt. Default: 3. Limits: maximum 10, exclusive minimum 1.
            nag_tau: The tau for NAG. Controls the normalization of the hidden state. Higher values
                will result in a less aggressive normalization, but may also lead to unexpected
                changes with respect to the original image. Not recommended to change this value.
                Default: 2.5. Limits: exclusive minimum 0.
            nag_alpha: The alpha value for NAG. This value is used as a final weighting factor for
                steering the normalized guidance (positive and negative prompts) in the direction of
                the positive prompt. Higher values will result in less steering on the normalized
                guidance where lower values will result in considering the positive prompt guidance
                more. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            nag_end: The proportion of steps to apply NAG. After the specified proportion of steps
                has been iterated, the remaining steps will use original attention processors in
                FLUX. Default: 0.25. Limits: maximum 1, exclusive minimum 0.
            image_url: URL of image to use as initial image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            change_map_image_url: URL of change map. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            strength: The strength to use for differential diffusion. 1.0 is completely remakes the
                image while 0.0 preserves the original. Default: 0.85. Limits: minimum 0.01, maximum
                1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "control_loras": control_loras,
                "controlnets": controlnets,
                "controlnet_unions": controlnet_unions,
                "ip_adapters": ip_adapters,
                "easycontrols": easycontrols,
                "fill_image": fill_image,
                "guidance_scale": guidance_scale,
                "real_cfg_scale": real_cfg_scale,
                "use_real_cfg": use_real_cfg,
                "use_cfg_zero": use_cfg_zero,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "reference_image_url": reference_image_url,
                "reference_strength": reference_strength,
                "reference_start": reference_start,
                "reference_end": reference_end,
                "base_shift": base_shift,
                "max_shift": max_shift,
                "output_format": output_format,
                "use_beta_schedule": use_beta_schedule,
                "sigma_schedule": sigma_schedule,
                "scheduler": scheduler,
                "negative_prompt": negative_prompt,
                "nag_scale": nag_scale,
                "nag_tau": nag_tau,
                "nag_alpha": nag_alpha,
                "nag_end": nag_end,
                "image_url": image_url,
                "change_map_image_url": change_map_image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
