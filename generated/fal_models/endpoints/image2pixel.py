# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image2pixel` (Image2pixel)."""

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
from fal_models.models.image2pixel import Image2pixelInput, Image2pixelOutput

__all__ = ["Image2pixel", "AsyncImage2pixel", "Image2pixelInput", "Image2pixelOutput"]


class Image2pixel(SyncEndpoint[Image2pixelInput, Image2pixelOutput]):
    """Image2pixel (`fal-ai/image2pixel`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image2pixel/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image2pixel"
    input_model: ClassVar[type[Image2pixelInput]] = Image2pixelInput
    output_model: ClassVar[type[Image2pixelOutput]] = Image2pixelOutput
    Input = Image2pixelInput
    Output = Image2pixelOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Image2pixelOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Image2pixelOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Image2pixelOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Image2pixelOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncImage2pixel(AsyncEndpoint[Image2pixelInput, Image2pixelOutput]):
    """Image2pixel (`fal-ai/image2pixel`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image2pixel/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image2pixel"
    input_model: ClassVar[type[Image2pixelInput]] = Image2pixelInput
    output_model: ClassVar[type[Image2pixelOutput]] = Image2pixelOutput
    Input = Image2pixelInput
    Output = Image2pixelOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Image2pixelOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Image2pixelOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Image2pixelOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        max_colors: int | None | Omit = omit,
        auto_color_detect: bool | Omit = omit,
        fixed_palette: list[str] | None | Omit = omit,
        detect_method: Literal["auto", "runs", "edge"] | Omit = omit,
        scale: int | None | Omit = omit,
        downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"]
        | Omit = omit,
        trim_borders: bool | Omit = omit,
        transparent_background: bool | Omit = omit,
        cleanup_morph: bool | Omit = omit,
        cleanup_jaggy: bool | Omit = omit,
        snap_grid: bool | Omit = omit,
        alpha_threshold: int | Omit = omit,
        dominant_color_threshold: float | Omit = omit,
        background_tolerance: int | Omit = omit,
        background_mode: Literal["edges", "corners", "midpoints"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Image2pixelOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL to process into improved pixel art. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            max_colors: Maximum number of colors in the output palette. Set None to disable limit.
                Default: 32. Limits: minimum 1, maximum 256.
            auto_color_detect: Enable automatic detection of optimal number of colors. Default:
                false.
            fixed_palette: Optional fixed color palette as hex strings (e.g., ['#000000',
                '#ffffff']).
            detect_method: Scale detection method to use. Default: "auto".
            scale: Force a specific pixel scale. If None, auto-detect. Limits: minimum 1, maximum
                64.
            downscale_method: Downscaling method to produce the pixel-art output. Default:
                "dominant".
            trim_borders: Trim borders of the image. Default: false.
            transparent_background: Remove background of the image. This will check for contiguous
                color regions from the edges after correction and make them transparent. Default:
                false.
            cleanup_morph: Apply morphological operations to remove noise. Default: false.
            cleanup_jaggy: Remove isolated diagonal pixels (jaggy edge cleanup). Default: false.
            snap_grid: Align output to the pixel grid. Default: true.
            alpha_threshold: Alpha binarization threshold (0-255). Default: 128. Limits: minimum 0,
                maximum 255.
            dominant_color_threshold: Dominant color threshold (0.0-1.0). Default: 0.05. Limits:
                minimum 0, maximum 1.
            background_tolerance: Background tolerance (0-255). Default: 0. Limits: minimum 0,
                maximum 255.
            background_mode: Controls where to flood-fill from when removing the background.
                Default: "corners".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "max_colors": max_colors,
                "auto_color_detect": auto_color_detect,
                "fixed_palette": fixed_palette,
                "detect_method": detect_method,
                "scale": scale,
                "downscale_method": downscale_method,
                "trim_borders": trim_borders,
                "transparent_background": transparent_background,
                "cleanup_morph": cleanup_morph,
                "cleanup_jaggy": cleanup_jaggy,
                "snap_grid": snap_grid,
                "alpha_threshold": alpha_threshold,
                "dominant_color_threshold": dominant_color_threshold,
                "background_tolerance": background_tolerance,
                "background_mode": background_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
