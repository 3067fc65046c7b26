# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/illusion-diffusion` (Illusion Diffusion)."""

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
from fal_models.models.illusion_diffusion import (
    IllusionDiffusionInput,
    IllusionDiffusionOutput,
    ImageSizePreset,
)

__all__ = [
    "IllusionDiffusion",
    "AsyncIllusionDiffusion",
    "IllusionDiffusionInput",
    "IllusionDiffusionOutput",
]


class IllusionDiffusion(SyncEndpoint[IllusionDiffusionInput, IllusionDiffusionOutput]):
    """Illusion Diffusion (`fal-ai/illusion-diffusion`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/illusion-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/illusion-diffusion"
    input_model: ClassVar[type[IllusionDiffusionInput]] = IllusionDiffusionInput
    output_model: ClassVar[type[IllusionDiffusionOutput]] = IllusionDiffusionOutput
    Input = IllusionDiffusionInput
    Output = IllusionDiffusionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IllusionDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IllusionDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IllusionDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IllusionDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)


class AsyncIllusionDiffusion(AsyncEndpoint[IllusionDiffusionInput, IllusionDiffusionOutput]):
    """Illusion Diffusion (`fal-ai/illusion-diffusion`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/illusion-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/illusion-diffusion"
    input_model: ClassVar[type[IllusionDiffusionInput]] = IllusionDiffusionInput
    output_model: ClassVar[type[IllusionDiffusionOutput]] = IllusionDiffusionOutput
    Input = IllusionDiffusionInput
    Output = IllusionDiffusionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IllusionDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IllusionDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IllusionDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        control_guidance_start: float | Omit = omit,
        control_guidance_end: float | Omit = omit,
        seed: int | None | Omit = omit,
        scheduler: Literal["DPM++ Karras SDE", "Euler"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IllusionDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: maximum 50, exclusive minimum 0.
            controlnet_conditioning_scale: The scale of the ControlNet. Default: 1.
            control_guidance_start: See fal's docs. Default: 0. Limits: minimum 0, maximum 1.
            control_guidance_end: See fal's docs. Default: 1. Limits: minimum 0, maximum 1.
            seed: Seed of the generated Image. It will be the same value of the one passed in the
                input or the randomly generated that was used in case none was passed.
            scheduler: Scheduler / sampler to use for the image denoising process. Default: "Euler".
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 40. Limits: minimum 0, maximum 80.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "control_guidance_start": control_guidance_start,
                "control_guidance_end": control_guidance_end,
                "seed": seed,
                "scheduler": scheduler,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)
