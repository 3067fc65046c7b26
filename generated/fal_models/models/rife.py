# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class RifeInput(InputModel):
    start_image_url: Annotated[
        str,
        Field(
            description="The URL of the first image to use as the starting point for "
            "interpolation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the first image to use as the starting point for interpolation."""

    end_image_url: Annotated[
        str,
        Field(
            description="The URL of the second image to use as the ending point for interpolation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the second image to use as the ending point for interpolation."""

    output_type: Annotated[
        Literal["images", "video"],
        Field(description="The type of output to generate; either individual images or a video."),
    ] = "images"
    """The type of output to generate; either individual images or a video."""

    output_format: Annotated[
        Literal["png", "jpeg"],
        Field(
            description="The format of the output images. Only applicable if output_type is "
            "'images'."
        ),
    ] = "jpeg"
    """The format of the output images. Only applicable if output_type is 'images'."""

    num_frames: Annotated[
        int,
        Field(
            description="The number of frames to generate between the input images.", ge=1, le=64
        ),
    ] = 1
    """The number of frames to generate between the input images."""

    include_start: Annotated[
        bool, Field(description="Whether to include the start image in the output.")
    ] = False
    """Whether to include the start image in the output."""

    include_end: Annotated[
        bool, Field(description="Whether to include the end image in the output.")
    ] = False
    """Whether to include the end image in the output."""

    fps: Annotated[
        int,
        Field(
            description="Frames per second for the output video. Only applicable if output_type "
            "is 'video'.",
            ge=1,
            le=60,
        ),
    ] = 8
    """Frames per second for the output video. Only applicable if output_type is 'video'."""

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


class RifeOutput(OutputModel):
    images: Annotated[
        list[shared.Image],
        Field(description="The generated frames as individual images.", validate_default=True),
    ] = []
    """The generated frames as individual images."""

    video: Annotated[
        shared.File | None | MISSING,
        Field(description="The generated video file, if output_type is 'video'."),
    ] = MISSING
    """The generated video file, if output_type is 'video'."""
