# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-editing/wojak-style` (Image Editing Wojak Style)."""

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
from fal_models.models.image_editing_wojak_style import (
    ImageEditingWojakStyleInput,
    ImageEditingWojakStyleOutput,
)

__all__ = [
    "ImageEditingWojakStyle",
    "AsyncImageEditingWojakStyle",
    "ImageEditingWojakStyleInput",
    "ImageEditingWojakStyleOutput",
]


class ImageEditingWojakStyle(
    SyncEndpoint[ImageEditingWojakStyleInput, ImageEditingWojakStyleOutput]
):
    """Image Editing Wojak Style (`fal-ai/image-editing/wojak-style`).

    Input model for wojak style endpoint.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-editing/wojak-style/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-editing/wojak-style"
    input_model: ClassVar[type[ImageEditingWojakStyleInput]] = ImageEditingWojakStyleInput
    output_model: ClassVar[type[ImageEditingWojakStyleOutput]] = ImageEditingWojakStyleOutput
    Input = ImageEditingWojakStyleInput
    Output = ImageEditingWojakStyleOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageEditingWojakStyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageEditingWojakStyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageEditingWojakStyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageEditingWojakStyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncImageEditingWojakStyle(
    AsyncEndpoint[ImageEditingWojakStyleInput, ImageEditingWojakStyleOutput]
):
    """Image Editing Wojak Style (`fal-ai/image-editing/wojak-style`).

    Input model for wojak style endpoint.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-editing/wojak-style/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-editing/wojak-style"
    input_model: ClassVar[type[ImageEditingWojakStyleInput]] = ImageEditingWojakStyleInput
    output_model: ClassVar[type[ImageEditingWojakStyleOutput]] = ImageEditingWojakStyleOutput
    Input = ImageEditingWojakStyleInput
    Output = ImageEditingWojakStyleOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageEditingWojakStyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageEditingWojakStyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageEditingWojakStyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageEditingWojakStyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to convert to wojak style. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
