# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/iclight-v2` (Iclight V2)."""

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
from fal_models.models.iclight_v2 import IclightV2Input, IclightV2Output, ImageSizePreset

__all__ = ["IclightV2", "AsyncIclightV2", "IclightV2Input", "IclightV2Output"]


class IclightV2(SyncEndpoint[IclightV2Input, IclightV2Output]):
    """Iclight V2 (`fal-ai/iclight-v2`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/iclight-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/iclight-v2"
    input_model: ClassVar[type[IclightV2Input]] = IclightV2Input
    output_model: ClassVar[type[IclightV2Output]] = IclightV2Output
    Input = IclightV2Input
    Output = IclightV2Output

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IclightV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IclightV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IclightV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IclightV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncIclightV2(AsyncEndpoint[IclightV2Input, IclightV2Output]):
    """Iclight V2 (`fal-ai/iclight-v2`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/iclight-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/iclight-v2"
    input_model: ClassVar[type[IclightV2Input]] = IclightV2Input
    output_model: ClassVar[type[IclightV2Output]] = IclightV2Output
    Input = IclightV2Input
    Output = IclightV2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IclightV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IclightV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IclightV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_image_url: FileInput | None | Omit = omit,
        background_threshold: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        initial_latent: Literal["None", "Left", "Right", "Top", "Bottom"] | Omit = omit,
        enable_hr_fix: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        cfg: float | Omit = omit,
        lowres_denoise: float | Omit = omit,
        highres_denoise: float | Omit = omit,
        hr_downscale: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IclightV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative Prompt for the image. Default: "".
            image_url: URL of image to be used for relighting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_image_url: URL of mask to be used for ic-light conditioning image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            background_threshold: Threshold for the background removal algorithm. A high threshold
                will produce sharper masks. Note: This parameter is currently deprecated and has no
                effect on the output. Default: 0.67. Limits: minimum 0.01, maximum 1.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            initial_latent: Provide lighting conditions for the model. Default: "None".
            enable_hr_fix: Use HR fix. Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            cfg: The real classifier-free-guidance scale for the generation. Default: 1. Limits:
                minimum 0.01, maximum 5.
            lowres_denoise: Strength for low-resolution pass. Default: 0.98. Limits: minimum 0.01,
                maximum 1.
            highres_denoise: Strength for high-resolution pass. Only used if enable_hr_fix is True.
                Default: 0.95. Limits: minimum 0.01, maximum 1.
            hr_downscale: See fal's docs. Default: 0.5. Limits: minimum 0.01, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_image_url": mask_image_url,
                "background_threshold": background_threshold,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "initial_latent": initial_latent,
                "enable_hr_fix": enable_hr_fix,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "cfg": cfg,
                "lowres_denoise": lowres_denoise,
                "highres_denoise": highres_denoise,
                "hr_downscale": hr_downscale,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
