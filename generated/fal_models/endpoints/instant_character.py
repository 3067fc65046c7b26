# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/instant-character` (Instant Character)."""

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
from fal_models.models.instant_character import (
    ImageSizePreset,
    InstantCharacterInput,
    InstantCharacterOutput,
)

__all__ = [
    "InstantCharacter",
    "AsyncInstantCharacter",
    "InstantCharacterInput",
    "InstantCharacterOutput",
]


class InstantCharacter(SyncEndpoint[InstantCharacterInput, InstantCharacterOutput]):
    """Instant Character (`fal-ai/instant-character`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/instant-character/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/instant-character"
    input_model: ClassVar[type[InstantCharacterInput]] = InstantCharacterInput
    output_model: ClassVar[type[InstantCharacterOutput]] = InstantCharacterOutput
    Input = InstantCharacterInput
    Output = InstantCharacterOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> InstantCharacterOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[InstantCharacterOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InstantCharacterOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[InstantCharacterOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncInstantCharacter(AsyncEndpoint[InstantCharacterInput, InstantCharacterOutput]):
    """Instant Character (`fal-ai/instant-character`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/instant-character/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/instant-character"
    input_model: ClassVar[type[InstantCharacterInput]] = InstantCharacterInput
    output_model: ClassVar[type[InstantCharacterOutput]] = InstantCharacterOutput
    Input = InstantCharacterInput
    Output = InstantCharacterOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> InstantCharacterOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[InstantCharacterOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> InstantCharacterOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[InstantCharacterOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            scale: The scale of the subject image. Higher values will make the subject image more
                prominent in the generated image. Default: 1. Limits: minimum 0, maximum 2.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "scale": scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
