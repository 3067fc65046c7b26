# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LumaDreamMachineRay2FlashImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=5000, min_length=3)]
    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Initial image to start the video from. Can be used together with "
            "end_image_url.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Initial image to start the video from. Can be used together with end_image_url."""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Final image to end the video with. Can be used together with image_url.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Final image to end the video with. Can be used together with image_url."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    loop: Annotated[
        bool,
        Field(
            description="Whether the video should loop (end of video is blended with the beginning)"
        ),
    ] = False
    """Whether the video should loop (end of video is blended with the beginning)"""

    resolution: Annotated[
        Literal["540p", "720p", "1080p"],
        Field(
            description="The resolution of the generated video (720p costs 2x more, 1080p costs "
            "4x more)"
        ),
    ] = "540p"
    """The resolution of the generated video (720p costs 2x more, 1080p costs 4x more)"""

    duration: Annotated[
        Literal["5s", "9s"], Field(description="The duration of the generated video")
    ] = "5s"
    """The duration of the generated video"""


class LumaDreamMachineRay2FlashImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="URL of the generated video")]
    """URL of the generated video"""
