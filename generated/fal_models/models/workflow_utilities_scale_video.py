# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Width = TypeAliasType(
    "Width",
    Annotated[
        int,
        Field(
            description="Target width in pixels. If only width is provided, height is "
            "auto-calculated to preserve aspect ratio. At least one of width or height must be "
            "provided.",
            ge=2,
            le=7680,
        ),
    ],
)


Height = TypeAliasType(
    "Height",
    Annotated[
        int,
        Field(
            description="Target height in pixels. If only height is provided, width is "
            "auto-calculated to preserve aspect ratio. At least one of width or height must be "
            "provided.",
            ge=2,
            le=4320,
        ),
    ],
)


class WorkflowUtilitiesScaleVideoInput(InputModel):
    """Input model for scaling/resizing a video to specific dimensions"""

    video_url: Annotated[
        str,
        Field(
            description="URL of the video file to scale/resize. Height and Width of the video "
            "must be even numbers for compatibility with video codecs.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the video file to scale/resize. Height and Width of the video must be even numbers
    for compatibility with video codecs.
    """

    width: Annotated[
        Width | None | MISSING,
        Field(
            description="Target width in pixels. If only width is provided, height is "
            "auto-calculated to preserve aspect ratio. At least one of width or height must be "
            "provided."
        ),
    ] = MISSING
    """Target width in pixels. If only width is provided, height is auto-calculated to preserve
    aspect ratio. At least one of width or height must be provided.
    """

    height: Annotated[
        Height | None | MISSING,
        Field(
            description="Target height in pixels. If only height is provided, width is "
            "auto-calculated to preserve aspect ratio. At least one of width or height must be "
            "provided."
        ),
    ] = MISSING
    """Target height in pixels. If only height is provided, width is auto-calculated to preserve
    aspect ratio. At least one of width or height must be provided.
    """

    mode: Annotated[
        Literal["stretch", "pad", "crop"],
        Field(
            description="Scaling mode. 'stretch' scales the video to the exact target dimensions "
            "(may distort aspect ratio). 'pad' scales to fit within the target dimensions while "
            "preserving aspect ratio, then pads with the chosen color to fill the remaining space "
            "(letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving "
            "aspect ratio, then center-crops to the exact target size."
        ),
    ] = "stretch"
    """Scaling mode. 'stretch' scales the video to the exact target dimensions (may distort
    aspect ratio). 'pad' scales to fit within the target dimensions while preserving aspect
    ratio, then pads with the chosen color to fill the remaining space (letterbox/pillarbox).
    'crop' scales to cover the target dimensions while preserving aspect ratio, then
    center-crops to the exact target size.
    """

    pad_color: Annotated[
        Literal["black", "white", "red", "green", "blue", "gray"],
        Field(description="Padding color when mode is 'pad'. Ignored for other modes."),
    ] = "black"
    """Padding color when mode is 'pad'. Ignored for other modes."""

    codec: Annotated[
        Literal["libx264", "libx265"],
        Field(
            description="Video codec to use for encoding. libx264 (H.264) is widely compatible, "
            "libx265 (H.265/HEVC) offers better compression."
        ),
    ] = "libx264"
    """Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
    (H.265/HEVC) offers better compression.
    """

    preset: Annotated[
        Literal["ultrafast", "fast", "medium", "slow"],
        Field(
            description="Encoding speed preset. Slower presets give better compression but take "
            "longer."
        ),
    ] = "fast"
    """Encoding speed preset. Slower presets give better compression but take longer."""

    crf: Annotated[
        int,
        Field(
            description="Constant Rate Factor for quality (0-51). Lower values mean better "
            "quality and larger files. 18 is visually lossless for most content.",
            ge=0,
            le=51,
        ),
    ] = 18
    """Constant Rate Factor for quality (0-51). Lower values mean better quality and larger
    files. 18 is visually lossless for most content.
    """


class WorkflowUtilitiesScaleVideoOutput(OutputModel):
    """Output model for scaled/resized video"""

    video: Annotated[shared.File, Field(description="The scaled/resized video")]
    """The scaled/resized video"""

    original_width: Annotated[int, Field(description="Width of the original video in pixels")]
    """Width of the original video in pixels"""

    original_height: Annotated[int, Field(description="Height of the original video in pixels")]
    """Height of the original video in pixels"""

    scaled_width: Annotated[int, Field(description="Width of the output video in pixels")]
    """Width of the output video in pixels"""

    scaled_height: Annotated[int, Field(description="Height of the output video in pixels")]
    """Height of the output video in pixels"""
