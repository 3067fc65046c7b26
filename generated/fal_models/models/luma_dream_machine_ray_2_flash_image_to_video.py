# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LumaDreamMachineRay2FlashImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=5000, min_length=3)]
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Initial image to start the video from. Can be used together with end_image_url."""
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Final image to end the video with. Can be used together with image_url."""
    aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] = "16:9"
    """The aspect ratio of the generated video"""
    loop: bool = False
    """Whether the video should loop (end of video is blended with the beginning)"""
    resolution: Literal["540p", "720p", "1080p"] = "540p"
    """The resolution of the generated video (720p costs 2x more, 1080p costs 4x more)"""
    duration: Literal["5s", "9s"] = "5s"
    """The duration of the generated video"""


class LumaDreamMachineRay2FlashImageToVideoOutput(OutputModel):
    video: shared.File
    """URL of the generated video"""
