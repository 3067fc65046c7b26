# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Image2svgInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="The image to convert to SVG", json_schema_extra={"x-fal-file": True}),
    ]
    """The image to convert to SVG"""

    colormode: Annotated[
        Literal["color", "binary"],
        Field(description="Choose between color or binary (black and white) output"),
    ] = "color"
    """Choose between color or binary (black and white) output"""

    hierarchical: Annotated[
        Literal["stacked", "cutout"], Field(description="Hierarchical mode: stacked or cutout")
    ] = "stacked"
    """Hierarchical mode: stacked or cutout"""

    mode: Annotated[
        Literal["spline", "polygon"],
        Field(description="Mode: spline (curved) or polygon (straight lines)"),
    ] = "spline"
    """Mode: spline (curved) or polygon (straight lines)"""

    filter_speckle: Annotated[
        int, Field(description="Filter out small speckles and noise", ge=0, le=20)
    ] = 4
    """Filter out small speckles and noise"""

    color_precision: Annotated[int, Field(description="Color quantization level", ge=1, le=10)] = 6
    """Color quantization level"""

    layer_difference: Annotated[
        int, Field(description="Layer difference threshold for hierarchical mode", ge=1, le=32)
    ] = 16
    """Layer difference threshold for hierarchical mode"""

    corner_threshold: Annotated[
        int, Field(description="Corner detection threshold in degrees", ge=0, le=180)
    ] = 60
    """Corner detection threshold in degrees"""

    length_threshold: Annotated[
        float, Field(description="Length threshold for curves/lines", ge=0.0, le=10.0)
    ] = 4
    """Length threshold for curves/lines"""

    max_iterations: Annotated[
        int, Field(description="Maximum number of iterations for optimization", ge=1, le=20)
    ] = 10
    """Maximum number of iterations for optimization"""

    splice_threshold: Annotated[
        int, Field(description="Splice threshold for joining paths", ge=0, le=90)
    ] = 45
    """Splice threshold for joining paths"""

    path_precision: Annotated[
        int, Field(description="Decimal precision for path coordinates", ge=1, le=10)
    ] = 3
    """Decimal precision for path coordinates"""


class Image2svgOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="The converted SVG file")]
    """The converted SVG file"""
