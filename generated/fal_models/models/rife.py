# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class RifeInput(InputModel):
    start_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the first image to use as the starting point for interpolation."""
    end_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the second image to use as the ending point for interpolation."""
    output_type: Literal["images", "video"] = "images"
    """The type of output to generate; either individual images or a video."""
    output_format: Literal["png", "jpeg"] = "jpeg"
    """The format of the output images. Only applicable if output_type is 'images'."""
    num_frames: Annotated[int, Field(ge=1, le=64)] = 1
    """The number of frames to generate between the input images."""
    include_start: bool = False
    """Whether to include the start image in the output."""
    include_end: bool = False
    """Whether to include the end image in the output."""
    fps: Annotated[int, Field(ge=1, le=60)] = 8
    """Frames per second for the output video. Only applicable if output_type is 'video'."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class RifeOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(validate_default=True)] = []
    """The generated frames as individual images."""
    video: shared.File | None | MISSING = MISSING
    """The generated video file, if output_type is 'video'."""
