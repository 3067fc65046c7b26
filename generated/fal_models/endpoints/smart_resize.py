# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/smart-resize` (Smart Resize)."""

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
from fal_models.models.smart_resize import SmartResizeInput, SmartResizeOutput

__all__ = ["SmartResize", "AsyncSmartResize", "SmartResizeInput", "SmartResizeOutput"]


class SmartResize(SyncEndpoint[SmartResizeInput, SmartResizeOutput]):
    """Smart Resize (`fal-ai/smart-resize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/smart-resize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/smart-resize"
    input_model: ClassVar[type[SmartResizeInput]] = SmartResizeInput
    output_model: ClassVar[type[SmartResizeOutput]] = SmartResizeOutput
    Input = SmartResizeInput
    Output = SmartResizeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SmartResizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SmartResizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SmartResizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SmartResizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncSmartResize(AsyncEndpoint[SmartResizeInput, SmartResizeOutput]):
    """Smart Resize (`fal-ai/smart-resize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/smart-resize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/smart-resize"
    input_model: ClassVar[type[SmartResizeInput]] = SmartResizeInput
    output_model: ClassVar[type[SmartResizeOutput]] = SmartResizeOutput
    Input = SmartResizeInput
    Output = SmartResizeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SmartResizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SmartResizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SmartResizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        target_sizes: list[str],
        prompt: str | Omit = omit,
        num_images_per_size: int | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SmartResizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the source image to resize. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            target_sizes: The list of target dimensions to generate, each written as
                ``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target
                size (multiplied by ``num_images_per_size``). The endpoint internally picks the
                smallest nano-banana-pro preset that fully covers each target so the final image is
                a pixel-perfect match with no upscaling. Limits: min items 1, max items 10.
            prompt: Optional extra instruction that is forwarded to nano-banana-pro alongside the
                auto-generated resize prompt. Leave empty to let the model preserve the original
                image content as closely as possible. Default: "". Limits: max length 5000.
            num_images_per_size: The number of nano-banana-pro variants to produce for each target
                size. The response images list will contain ``len(target_sizes) *
                num_images_per_size`` images in total. Default: 1. Limits: minimum 1, maximum 4.
            resolution: Hint for the minimum resolution tier to use internally. The smart-resize
                algorithm may pick a higher tier automatically when the requested target size is too
                large for this tier. This field does not affect the final output dimensions — those
                come from ``target_sizes``. Default: "1K".
            output_format: The output image format. Default: "png".
            safety_tolerance: The safety tolerance level applied to the inner nano-banana-pro /edit
                calls. Higher numbers loosen safety filtering. Default: "4".
            seed: Optional random seed forwarded to the inner nano-banana-pro /edit calls for
                reproducibility. The same seed is used for every target size when set.
            sync_mode: When True, the response contains data URIs in place of CDN URLs so the client
                can decode the images without an extra HTTP request. Adds latency for large outputs.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
                "prompt": prompt,
                "num_images_per_size": num_images_per_size,
                "resolution": resolution,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
