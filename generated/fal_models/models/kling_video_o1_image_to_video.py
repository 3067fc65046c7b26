# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KlingVideoO1ImageToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Use @Image1 to reference the start frame, @Image2 to reference the end "
            "frame.",
            max_length=2500,
        ),
    ]
    """Use @Image1 to reference the start frame, @Image2 to reference the end frame."""

    start_image_url: Annotated[
        str,
        Field(
            description="Image to use as the first frame of the video. Max file size: 10.0MB, Min "
            "width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, "
            "Timeout: 20.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Image to use as the first frame of the video. Max file size: 10.0MB, Min width: 300px, Min
    height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, Timeout: 20.0s
    """

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Image to use as the last frame of the video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Image to use as the last frame of the video."""

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10"],
        Field(description="Video duration in seconds."),
    ] = "5"
    """Video duration in seconds."""


class KlingVideoO1ImageToVideoOutput(OutputModel):
    """Output for Kling Omni Video generation."""

    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
