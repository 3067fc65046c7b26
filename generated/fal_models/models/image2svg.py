# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Image2svgInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image to convert to SVG"""
    colormode: Literal["color", "binary"] = "color"
    """Choose between color or binary (black and white) output"""
    hierarchical: Literal["stacked", "cutout"] = "stacked"
    """Hierarchical mode: stacked or cutout"""
    mode: Literal["spline", "polygon"] = "spline"
    """Mode: spline (curved) or polygon (straight lines)"""
    filter_speckle: Annotated[int, Field(ge=0, le=20)] = 4
    """Filter out small speckles and noise"""
    color_precision: Annotated[int, Field(ge=1, le=10)] = 6
    """Color quantization level"""
    layer_difference: Annotated[int, Field(ge=1, le=32)] = 16
    """Layer difference threshold for hierarchical mode"""
    corner_threshold: Annotated[int, Field(ge=0, le=180)] = 60
    """Corner detection threshold in degrees"""
    length_threshold: Annotated[float, Field(ge=0.0, le=10.0)] = 4
    """Length threshold for curves/lines"""
    max_iterations: Annotated[int, Field(ge=1, le=20)] = 10
    """Maximum number of iterations for optimization"""
    splice_threshold: Annotated[int, Field(ge=0, le=90)] = 45
    """Splice threshold for joining paths"""
    path_precision: Annotated[int, Field(ge=1, le=10)] = 3
    """Decimal precision for path coordinates"""


class Image2svgOutput(OutputModel):
    images: list[shared.File]
    """The converted SVG file"""
