# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-apps-v2/outpaint` (Image Apps V2 Outpaint)."""

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
from fal_models.models.image_apps_v2_outpaint import (
    ImageAppsV2OutpaintInput,
    ImageAppsV2OutpaintOutput,
)

__all__ = [
    "ImageAppsV2Outpaint",
    "AsyncImageAppsV2Outpaint",
    "ImageAppsV2OutpaintInput",
    "ImageAppsV2OutpaintOutput",
]


class ImageAppsV2Outpaint(SyncEndpoint[ImageAppsV2OutpaintInput, ImageAppsV2OutpaintOutput]):
    """Image Apps V2 Outpaint (`fal-ai/image-apps-v2/outpaint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/outpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/outpaint"
    input_model: ClassVar[type[ImageAppsV2OutpaintInput]] = ImageAppsV2OutpaintInput
    output_model: ClassVar[type[ImageAppsV2OutpaintOutput]] = ImageAppsV2OutpaintOutput
    Input = ImageAppsV2OutpaintInput
    Output = ImageAppsV2OutpaintOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageAppsV2OutpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageAppsV2OutpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2OutpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageAppsV2OutpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncImageAppsV2Outpaint(AsyncEndpoint[ImageAppsV2OutpaintInput, ImageAppsV2OutpaintOutput]):
    """Image Apps V2 Outpaint (`fal-ai/image-apps-v2/outpaint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-apps-v2/outpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-apps-v2/outpaint"
    input_model: ClassVar[type[ImageAppsV2OutpaintInput]] = ImageAppsV2OutpaintInput
    output_model: ClassVar[type[ImageAppsV2OutpaintOutput]] = ImageAppsV2OutpaintOutput
    Input = ImageAppsV2OutpaintInput
    Output = ImageAppsV2OutpaintOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageAppsV2OutpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageAppsV2OutpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageAppsV2OutpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        expand_left: int | Omit = omit,
        expand_right: int | Omit = omit,
        expand_top: int | Omit = omit,
        expand_bottom: int | Omit = omit,
        zoom_out_percentage: float | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "jpg", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageAppsV2OutpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL to outpaint. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            expand_left: Number of pixels to add as black margin on the left side (0-700). Default:
                0. Limits: minimum 0, maximum 700.
            expand_right: Number of pixels to add as black margin on the right side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            expand_top: Number of pixels to add as black margin on the top side (0-700). Default: 0.
                Limits: minimum 0, maximum 700.
            expand_bottom: Number of pixels to add as black margin on the bottom side (0-700).
                Default: 0. Limits: minimum 0, maximum 700.
            zoom_out_percentage: Percentage to zoom out the image. If set, the image will be scaled
                down by this percentage and black margins will be added to maintain original size.
                Example: 50 means the image will be 50% of original size with black margins filling
                the rest. Default: 20. Limits: minimum 0, maximum 90.
            prompt: Optional prompt to guide the outpainting. If provided, it will be appended to
                the base outpaint instruction. Example: 'with a beautiful sunset in the background'.
                Default: "". Limits: max length 500.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If True, the function will wait for the image to be generated and uploaded
                before returning the response. If False, the function will return immediately and
                the image will be generated asynchronously. Default: false.
            output_format: The format of the output image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "expand_left": expand_left,
                "expand_right": expand_right,
                "expand_top": expand_top,
                "expand_bottom": expand_bottom,
                "zoom_out_percentage": zoom_out_percentage,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
