# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/omnigen-v1` (Omnigen V1)."""

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
from fal_models.models.omnigen_v1 import ImageSizePreset, OmnigenV1Input, OmnigenV1Output

__all__ = ["OmnigenV1", "AsyncOmnigenV1", "OmnigenV1Input", "OmnigenV1Output"]


class OmnigenV1(SyncEndpoint[OmnigenV1Input, OmnigenV1Output]):
    """Omnigen V1 (`fal-ai/omnigen-v1`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/omnigen-v1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnigen-v1"
    input_model: ClassVar[type[OmnigenV1Input]] = OmnigenV1Input
    output_model: ClassVar[type[OmnigenV1Output]] = OmnigenV1Output
    Input = OmnigenV1Input
    Output = OmnigenV1Output

    def subscribe(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OmnigenV1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
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
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OmnigenV1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
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
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnigenV1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
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
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OmnigenV1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncOmnigenV1(AsyncEndpoint[OmnigenV1Input, OmnigenV1Output]):
    """Omnigen V1 (`fal-ai/omnigen-v1`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/omnigen-v1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnigen-v1"
    input_model: ClassVar[type[OmnigenV1Input]] = OmnigenV1Input
    output_model: ClassVar[type[OmnigenV1Output]] = OmnigenV1Output
    Input = OmnigenV1Input
    Output = OmnigenV1Output

    async def subscribe(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OmnigenV1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
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
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OmnigenV1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
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
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnigenV1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
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
        prompt: str,
        input_image_urls: list[FileInput] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        img_guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OmnigenV1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            input_image_urls: URL of images to use while generating the image, Use
                <img><|image_1|></img> for the first image and so on. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: [].
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 50. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3. Limits: minimum 0, maximum 20.
            img_guidance_scale: The Image Guidance scale is a measure of how close you want the
                model to stick to your input image when looking for a related image to show you.
                Default: 1.6. Limits: minimum 0, maximum 20.
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
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "img_guidance_scale": img_guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
