# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Image2pixelInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image URL to process into improved pixel art"""
    max_colors: MaxColors | None = 32
    """Maximum number of colors in the output palette. Set None to disable limit."""
    auto_color_detect: bool = False
    """Enable automatic detection of optimal number of colors."""
    fixed_palette: list[str] | None | MISSING = MISSING
    """Optional fixed color palette as hex strings (e.g., ['#000000', '#ffffff'])."""
    detect_method: Literal["auto", "runs", "edge"] = "auto"
    """Scale detection method to use."""
    scale: Scale | None | MISSING = MISSING
    """Force a specific pixel scale. If None, auto-detect."""
    downscale_method: Literal["dominant", "median", "mode", "mean", "content-adaptive"] = "dominant"
    """Downscaling method to produce the pixel-art output."""
    trim_borders: bool = False
    """Trim borders of the image."""
    transparent_background: bool = False
    """Remove background of the image. This will check for contiguous color regions from the
    edges after correction and make them transparent.
    """
    cleanup_morph: bool = False
    """Apply morphological operations to remove noise."""
    cleanup_jaggy: bool = False
    """Remove isolated diagonal pixels (jaggy edge cleanup)."""
    snap_grid: bool = True
    """Align output to the pixel grid."""
    alpha_threshold: Annotated[int, Field(ge=0, le=255)] = 128
    """Alpha binarization threshold (0-255)."""
    dominant_color_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.05
    """Dominant color threshold (0.0-1.0)."""
    background_tolerance: Annotated[int, Field(ge=0, le=255)] = 0
    """Background tolerance (0-255)."""
    background_mode: Literal["edges", "corners", "midpoints"] = "corners"
    """Controls where to flood-fill from when removing the background."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class Image2pixelOutput(OutputModel):
    pixel_scale: int
    """The detected pixel scale of the input."""
    palette: list[str]
    """The palette of the processed media."""
    num_colors: int
    """The number of colors in the processed media."""
    images: list[ImageFile]
    """The processed pixel-art image (PNG) and the scaled image (PNG)."""


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""


MaxColors = TypeAliasType("MaxColors", Annotated[int, Field(ge=1, le=256)])
"""Maximum number of colors in the output palette. Set None to disable limit."""


Scale = TypeAliasType("Scale", Annotated[int, Field(ge=1, le=64)])
"""Force a specific pixel scale. If None, auto-detect."""
