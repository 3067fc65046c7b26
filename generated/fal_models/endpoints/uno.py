# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/uno` (Uno)."""

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
from fal_models.models.uno import ImageSizePreset, UnoInput, UnoOutput

__all__ = ["Uno", "AsyncUno", "UnoInput", "UnoOutput"]


class Uno(SyncEndpoint[UnoInput, UnoOutput]):
    """Uno (`fal-ai/uno`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/uno/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/uno"
    input_model: ClassVar[type[UnoInput]] = UnoInput
    output_model: ClassVar[type[UnoOutput]] = UnoOutput
    Input = UnoInput
    Output = UnoOutput

    def subscribe(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> UnoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[UnoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> UnoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[UnoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncUno(AsyncEndpoint[UnoInput, UnoOutput]):
    """Uno (`fal-ai/uno`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/uno/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/uno"
    input_model: ClassVar[type[UnoInput]] = UnoInput
    output_model: ClassVar[type[UnoOutput]] = UnoOutput
    Input = UnoInput
    Output = UnoOutput

    async def subscribe(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> UnoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[UnoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> UnoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        prompt: str,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[UnoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_urls: URL of images to use while generating the image. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            prompt: The prompt to generate an image from.
            seed: Random seed for reproducible generation. If set none, a random seed will be used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 1, maximum 20.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
