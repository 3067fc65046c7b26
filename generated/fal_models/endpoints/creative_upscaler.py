# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/creative-upscaler` (Creative Upscaler)."""

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
from fal_models.models.creative_upscaler import CreativeUpscalerInput, CreativeUpscalerOutput

__all__ = [
    "CreativeUpscaler",
    "AsyncCreativeUpscaler",
    "CreativeUpscalerInput",
    "CreativeUpscalerOutput",
]


class CreativeUpscaler(SyncEndpoint[CreativeUpscalerInput, CreativeUpscalerOutput]):
    """Creative Upscaler (`fal-ai/creative-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/creative-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/creative-upscaler"
    input_model: ClassVar[type[CreativeUpscalerInput]] = CreativeUpscalerInput
    output_model: ClassVar[type[CreativeUpscalerOutput]] = CreativeUpscalerOutput
    Input = CreativeUpscalerInput
    Output = CreativeUpscalerOutput

    def subscribe(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> CreativeUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CreativeUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CreativeUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CreativeUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return self._stream(payload, options)


class AsyncCreativeUpscaler(AsyncEndpoint[CreativeUpscalerInput, CreativeUpscalerOutput]):
    """Creative Upscaler (`fal-ai/creative-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/creative-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/creative-upscaler"
    input_model: ClassVar[type[CreativeUpscalerInput]] = CreativeUpscalerInput
    output_model: ClassVar[type[CreativeUpscalerOutput]] = CreativeUpscalerOutput
    Input = CreativeUpscalerInput
    Output = CreativeUpscalerOutput

    async def subscribe(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CreativeUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CreativeUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> CreativeUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_type: Literal["SD_1_5", "SDXL"] | Omit = omit,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        scale: float | Omit = omit,
        creativity: float | Omit = omit,
        detail: float | Omit = omit,
        shape_preservation: float | Omit = omit,
        prompt_suffix: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checks: bool | Omit = omit,
        skip_ccsr: bool | Omit = omit,
        override_size_limits: bool | Omit = omit,
        base_model_url: FileInput | None | Omit = omit,
        additional_lora_url: FileInput | Omit = omit,
        additional_lora_scale: float | Omit = omit,
        additional_embedding_url: FileInput | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CreativeUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_type: The type of model to use for the upscaling. Default is SD_1_5. Default:
                "SD_1_5".
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. If no prompt is provide BLIP2 will be used to generate a prompt.
            scale: The scale of the output image. The higher the scale, the bigger the output image
                will be. Default: 2. Limits: minimum 1, maximum 5.
            creativity: How much the output can deviate from the original. Default: 0.5. Limits:
                minimum 0, maximum 1.
            detail: How much detail to add. Default: 1. Limits: minimum 0, maximum 5.
            shape_preservation: How much to preserve the shape of the original image. Default: 0.25.
                Limits: minimum 0, maximum 3.
            prompt_suffix: The suffix to add to the prompt. This is useful to add a common ending to
                all prompts such as 'high quality' etc or embedding tokens. Default: " high quality,
                highly detailed, high resolution, sharp".
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 20. Limits: minimum 1, maximum 200.
            enable_safety_checks: If set to true, the resulting image will be checked whether it
                includes any potentially unsafe content. If it does, it will be replaced with a
                black image. Default: true.
            skip_ccsr: If set to true, the image will not be processed by the CCSR model before
                being processed by the creativity model. Default: false.
            override_size_limits: Allow for large uploads that could take a very long time. Default:
                false.
            base_model_url: The URL to the base model to use for the upscaling. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            additional_lora_url: The URL to the additional LORA model to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            additional_lora_scale: The scale of the additional LORA model to use for the upscaling.
                Default is 1.0. Default: 1.
            additional_embedding_url: The URL to the additional embeddings to use for the upscaling.
                Default is None. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "image_url": image_url,
                "prompt": prompt,
                "scale": scale,
                "creativity": creativity,
                "detail": detail,
                "shape_preservation": shape_preservation,
                "prompt_suffix": prompt_suffix,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checks": enable_safety_checks,
                "skip_ccsr": skip_ccsr,
                "override_size_limits": override_size_limits,
                "base_model_url": base_model_url,
                "additional_lora_url": additional_lora_url,
                "additional_lora_scale": additional_lora_scale,
                "additional_embedding_url": additional_embedding_url,
            }
        )
        return self._stream(payload, options)
