# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/inpaint` (Inpaint)."""

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
from fal_models.models.inpaint import InpaintInput, InpaintOutput

__all__ = ["Inpaint", "AsyncInpaint", "InpaintInput", "InpaintOutput"]


class Inpaint(SyncEndpoint[InpaintInput, InpaintOutput]):
    """Inpaint (`fal-ai/inpaint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/inpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/inpaint"
    input_model: ClassVar[type[InpaintInput]] = InpaintInput
    output_model: ClassVar[type[InpaintOutput]] = InpaintOutput
    Input = InpaintInput
    Output = InpaintOutput

    def subscribe(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncInpaint(AsyncEndpoint[InpaintInput, InpaintOutput]):
    """Inpaint (`fal-ai/inpaint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/inpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/inpaint"
    input_model: ClassVar[type[InpaintInput]] = InpaintInput
    output_model: ClassVar[type[InpaintOutput]] = InpaintOutput
    Input = InpaintInput
    Output = InpaintOutput

    async def subscribe(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_name: str,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_name: URL or HuggingFace ID of the base model to generate the image.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            image_url: Input image for img2img or inpaint mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Input mask for inpaint mode. Black areas will be preserved, white areas will
                be inpainted. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            num_inference_steps: Increasing the amount of steps tells Stable Diffusion that it
                should take more steps to generate your final result which can increase the amount
                of detail in your image. Default: 30. Limits: minimum 0, maximum 150.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
