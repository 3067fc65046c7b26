# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

MaxColors = TypeAliasType(
    "MaxColors",
    Annotated[
        int,
        Field(
            description="Maximum number of colors in the output palette. Set None to disable "
            "limit.",
            ge=1,
            le=256,
        ),
    ],
)


Scale = TypeAliasType(
    "Scale",
    Annotated[
        int, Field(description="Force a specific pixel scale. If None, auto-detect.", ge=1, le=64)
    ],
)


class Image2pixelInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The image URL to process into improved pixel art",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL to process into improved pixel art"""

    max_colors: Annotated[
        MaxColors | None,
        Field(
            description="Maximum number of colors in the output palette. Set None to disable limit."
        ),
    ] = 32
    """Maximum number of colors in the output palette. Set None to disable limit."""

    auto_color_detect: Annotated[
        bool, Field(description="Enable automatic detection of optimal number of colors.")
    ] = False
    """Enable automatic detection of optimal number of colors."""

    fixed_palette: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Optional fixed color palette as hex strings (e.g., ['#000000', "
            "'#ffffff'])."
        ),
    ] = MISSING
    """Optional fixed color palette as hex strings (e.g., ['#000000', '#ffffff'])."""

    detect_method: Annotated[
        Literal["auto", "runs", "edge"], Field(description="Scale detection method to use.")
    ] = "auto"
    """Scale detection method to use."""

    scale: Annotated[
        Scale | None | MISSING,
        Field(description="Force a specific pixel scale. If None, auto-detect."),
    ] = MISSING
    """Force a specific pixel scale. If None, auto-detect."""

    downscale_method: Annotated[
        Literal["dominant", "median", "mode", "mean", "content-adaptive"],
        Field(description="Downscaling method to produce the pixel-art output."),
    ] = "dominant"
    """Downscaling method to produce the pixel-art output."""

    trim_borders: Annotated[bool, Field(description="Trim borders of the image.")] = False
    """Trim borders of the image."""

    transparent_background: Annotated[
        bool,
        Field(
            description="Remove background of the image. This will check for contiguous color "
            "regions from the edges after correction and make them transparent."
        ),
    ] = False
    """Remove background of the image. This will check for contiguous color regions from the
    edges after correction and make them transparent.
    """

    cleanup_morph: Annotated[
        bool, Field(description="Apply morphological operations to remove noise.")
    ] = False
    """Apply morphological operations to remove noise."""

    cleanup_jaggy: Annotated[
        bool, Field(description="Remove isolated diagonal pixels (jaggy edge cleanup).")
    ] = False
    """Remove isolated diagonal pixels (jaggy edge cleanup)."""

    snap_grid: Annotated[bool, Field(description="Align output to the pixel grid.")] = True
    """Align output to the pixel grid."""

    alpha_threshold: Annotated[
        int, Field(description="Alpha binarization threshold (0-255).", ge=0, le=255)
    ] = 128
    """Alpha binarization threshold (0-255)."""

    dominant_color_threshold: Annotated[
        float, Field(description="Dominant color threshold (0.0-1.0).", ge=0.0, le=1.0)
    ] = 0.05
    """Dominant color threshold (0.0-1.0)."""

    background_tolerance: Annotated[
        int, Field(description="Background tolerance (0-255).", ge=0, le=255)
    ] = 0
    """Background tolerance (0-255)."""

    background_mode: Annotated[
        Literal["edges", "corners", "midpoints"],
        Field(description="Controls where to flood-fill from when removing the background."),
    ] = "corners"
    """Controls where to flood-fill from when removing the background."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class ImageFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


class Image2pixelOutput(OutputModel):
    pixel_scale: Annotated[int, Field(description="The detected pixel scale of the input.")]
    """The detected pixel scale of the input."""

    palette: Annotated[list[str], Field(description="The palette of the processed media.")]
    """The palette of the processed media."""

    num_colors: Annotated[int, Field(description="The number of colors in the processed media.")]
    """The number of colors in the processed media."""

    images: Annotated[
        list[ImageFile],
        Field(description="The processed pixel-art image (PNG) and the scaled image (PNG)."),
    ]
    """The processed pixel-art image (PNG) and the scaled image (PNG)."""
