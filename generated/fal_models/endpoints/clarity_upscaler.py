# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/clarity-upscaler` (Clarity Upscaler)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.clarity_upscaler import ClarityUpscalerInput, ClarityUpscalerOutput

__all__ = [
    "ClarityUpscaler",
    "AsyncClarityUpscaler",
    "ClarityUpscalerInput",
    "ClarityUpscalerOutput",
]


class ClarityUpscaler(SyncEndpoint[ClarityUpscalerInput, ClarityUpscalerOutput]):
    """Clarity Upscaler (`fal-ai/clarity-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/clarity-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/clarity-upscaler"
    input_model: ClassVar[type[ClarityUpscalerInput]] = ClarityUpscalerInput
    output_model: ClassVar[type[ClarityUpscalerOutput]] = ClarityUpscalerOutput
    Input = ClarityUpscalerInput
    Output = ClarityUpscalerOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ClarityUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ClarityUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ClarityUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ClarityUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncClarityUpscaler(AsyncEndpoint[ClarityUpscalerInput, ClarityUpscalerOutput]):
    """Clarity Upscaler (`fal-ai/clarity-upscaler`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/clarity-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/clarity-upscaler"
    input_model: ClassVar[type[ClarityUpscalerInput]] = ClarityUpscalerInput
    output_model: ClassVar[type[ClarityUpscalerOutput]] = ClarityUpscalerOutput
    Input = ClarityUpscalerInput
    Output = ClarityUpscalerOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ClarityUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ClarityUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ClarityUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str | Omit = omit,
        upscale_factor: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        creativity: float | Omit = omit,
        resemblance: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ClarityUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "masterpiece, best quality, highres".
            upscale_factor: The upscale factor. Default: 2. Limits: minimum 1, maximum 4.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. Default: "(worst quality, low quality, normal quality:2)".
            creativity: The creativity of the model. The higher the creativity, the more the model
                will deviate from the prompt. Refers to the denoise strength of the sampling.
                Default: 0.35. Limits: minimum 0, maximum 1.
            resemblance: The resemblance of the upscaled image to the original image. The higher the
                resemblance, the more the model will try to keep the original image. Refers to the
                strength of the ControlNet. Default: 0.6. Limits: minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 18. Limits:
                minimum 4, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Limits: minimum 0.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "upscale_factor": upscale_factor,
                "negative_prompt": negative_prompt,
                "creativity": creativity,
                "resemblance": resemblance,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
