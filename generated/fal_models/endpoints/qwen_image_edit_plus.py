# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-edit-plus` (Qwen Image Edit Plus)."""

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
from fal_models.models.qwen_image_edit_plus import (
    ImageSizePreset,
    QwenImageEditPlusInput,
    QwenImageEditPlusOutput,
)

__all__ = [
    "QwenImageEditPlus",
    "AsyncQwenImageEditPlus",
    "QwenImageEditPlusInput",
    "QwenImageEditPlusOutput",
]


class QwenImageEditPlus(SyncEndpoint[QwenImageEditPlusInput, QwenImageEditPlusOutput]):
    """Qwen Image Edit Plus (`fal-ai/qwen-image-edit-plus`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-edit-plus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-plus"
    input_model: ClassVar[type[QwenImageEditPlusInput]] = QwenImageEditPlusInput
    output_model: ClassVar[type[QwenImageEditPlusOutput]] = QwenImageEditPlusOutput
    Input = QwenImageEditPlusInput
    Output = QwenImageEditPlusOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageEditPlusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageEditPlusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEditPlusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageEditPlusOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageEditPlus(AsyncEndpoint[QwenImageEditPlusInput, QwenImageEditPlusOutput]):
    """Qwen Image Edit Plus (`fal-ai/qwen-image-edit-plus`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-edit-plus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-plus"
    input_model: ClassVar[type[QwenImageEditPlusInput]] = QwenImageEditPlusInput
    output_model: ClassVar[type[QwenImageEditPlusOutput]] = QwenImageEditPlusOutput
    Input = QwenImageEditPlusInput
    Output = QwenImageEditPlusOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageEditPlusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageEditPlusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEditPlusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        negative_prompt: str | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageEditPlusOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the image with.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 2, maximum 100.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: The negative prompt for the generation. Default: " ".
            acceleration: Acceleration level for image generation. Options: 'none', 'regular'.
                Higher acceleration increases speed. 'regular' balances speed and quality. Default:
                "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
