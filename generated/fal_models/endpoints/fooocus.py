# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fooocus` (Fooocus)."""

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
from fal_models.models.fooocus import FooocusInput, FooocusOutput, LoraWeight, StylesPreset

__all__ = ["Fooocus", "AsyncFooocus", "FooocusInput", "FooocusOutput"]


class Fooocus(SyncEndpoint[FooocusInput, FooocusOutput]):
    """Fooocus (`fal-ai/fooocus`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/fooocus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fooocus"
    input_model: ClassVar[type[FooocusInput]] = FooocusInput
    output_model: ClassVar[type[FooocusOutput]] = FooocusOutput
    Input = FooocusInput
    Output = FooocusOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FooocusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FooocusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FooocusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FooocusOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncFooocus(AsyncEndpoint[FooocusInput, FooocusOutput]):
    """Fooocus (`fal-ai/fooocus`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/fooocus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fooocus"
    input_model: ClassVar[type[FooocusInput]] = FooocusInput
    output_model: ClassVar[type[FooocusOutput]] = FooocusOutput
    Input = FooocusInput
    Output = FooocusOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FooocusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FooocusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FooocusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        styles: list[StylesPreset] | Omit = omit,
        performance: Literal["Speed", "Quality", "Extreme Speed", "Lightning"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sharpness: float | Omit = omit,
        aspect_ratio: str | Omit = omit,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        refiner_model: Literal["None", "realisticVisionV60B1_v51VAE.safetensors"] | Omit = omit,
        refiner_switch: float | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        seed: int | None | Omit = omit,
        control_image_url: FileInput | None | Omit = omit,
        control_type: Literal["ImagePrompt", "PyraCanny", "CPDS", "FaceSwap"] | Omit = omit,
        control_image_weight: float | Omit = omit,
        control_image_stop_at: float | Omit = omit,
        inpaint_image_url: FileInput | None | Omit = omit,
        mask_image_url: FileInput | None | Omit = omit,
        mixing_image_prompt_and_inpaint: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FooocusOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            styles: The style to use. Default: ["Fooocus Enhance", "Fooocus V2", "Fooocus Sharp"].
            performance: You can choose Speed or Quality. Default: "Extreme Speed".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 1, maximum 30.
            sharpness: The sharpness of the generated image. Use it to control how sharp the
                generated image should be. Higher value means image and texture are sharper.
                Default: 2. Limits: minimum 0, maximum 30.
            aspect_ratio: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "1024x1024".
            num_images: Number of images to generate in one request. Default: 1. Limits: minimum 1,
                maximum 4.
            loras: The LoRAs to use for the image generation. You can use up to 5 LoRAs and they
                will be merged together to generate the final image. Default: [{"path":
                "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
                "scale": 0.1}].
            refiner_model: Refiner (SDXL or SD 1.5). Default: "None".
            refiner_switch: Use 0.4 for SD1.5 realistic models; 0.667 for SD1.5 anime models 0.8 for
                XL-refiners; or any value for switching two SDXL models. Default: 0.8. Limits:
                minimum 0, maximum 1, multiple of 0.0001.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            control_image_url: The image to use as a reference for the generated image. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            control_type: The type of image control. Default: "PyraCanny".
            control_image_weight: The strength of the control image. Use it to control how much the
                generated image should look like the control image. Default: 1. Limits: minimum 0,
                maximum 2.
            control_image_stop_at: The stop at value of the control image. Use it to control how
                much the generated image should look like the control image. Default: 1. Limits:
                minimum 0, maximum 1.
            inpaint_image_url: The image to use as a reference for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            mask_image_url: The image to use as a mask for the generated image. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mixing_image_prompt_and_inpaint: See fal's docs. Default: false.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "styles": styles,
                "performance": performance,
                "guidance_scale": guidance_scale,
                "sharpness": sharpness,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "loras": loras,
                "refiner_model": refiner_model,
                "refiner_switch": refiner_switch,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "seed": seed,
                "control_image_url": control_image_url,
                "control_type": control_type,
                "control_image_weight": control_image_weight,
                "control_image_stop_at": control_image_stop_at,
                "inpaint_image_url": inpaint_image_url,
                "mask_image_url": mask_image_url,
                "mixing_image_prompt_and_inpaint": mixing_image_prompt_and_inpaint,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
