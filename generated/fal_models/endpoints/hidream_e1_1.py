# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hidream-e1-1` (Hidream E1 1)."""

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
from fal_models.models.hidream_e1_1 import HidreamE1_1Input, HidreamE1_1Output

__all__ = ["HidreamE1_1", "AsyncHidreamE1_1", "HidreamE1_1Input", "HidreamE1_1Output"]


class HidreamE1_1(SyncEndpoint[HidreamE1_1Input, HidreamE1_1Output]):
    """Hidream E1 1 (`fal-ai/hidream-e1-1`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hidream-e1-1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hidream-e1-1"
    input_model: ClassVar[type[HidreamE1_1Input]] = HidreamE1_1Input
    output_model: ClassVar[type[HidreamE1_1Output]] = HidreamE1_1Output
    Input = HidreamE1_1Input
    Output = HidreamE1_1Output

    def subscribe(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HidreamE1_1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HidreamE1_1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HidreamE1_1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HidreamE1_1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncHidreamE1_1(AsyncEndpoint[HidreamE1_1Input, HidreamE1_1Output]):
    """Hidream E1 1 (`fal-ai/hidream-e1-1`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hidream-e1-1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hidream-e1-1"
    input_model: ClassVar[type[HidreamE1_1Input]] = HidreamE1_1Input
    output_model: ClassVar[type[HidreamE1_1Output]] = HidreamE1_1Output
    Input = HidreamE1_1Input
    Output = HidreamE1_1Output

    async def subscribe(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HidreamE1_1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HidreamE1_1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HidreamE1_1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        target_image_description: str | None | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        image_url: FileInput,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HidreamE1_1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            target_image_description: The description of the target image after your edits have been
                made. Leave this blank to allow the model to use its own imagination.
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "low resolution, blur".
            image_url: URL of an input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            image_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close
                you want the model to stick to your initial image when looking for a related image
                to show you. Default: 2. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "target_image_description": target_image_description,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "image_guidance_scale": image_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
