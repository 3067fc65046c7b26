# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class VideoUpscalerInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to upscale", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the video to upscale"""

    scale: Annotated[float, Field(description="The scale factor", ge=1.0, le=8.0)] = 2
    """The scale factor"""


class VideoUpscalerOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The stitched video")]
    """The stitched video"""
