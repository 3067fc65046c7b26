# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseSwapInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the external video to swap", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the external video to swap"""

    mode: Annotated[
        Literal["person", "object", "background"], Field(description="The swap mode to use")
    ] = "person"
    """The swap mode to use"""

    keyframe_id: Annotated[
        int,
        Field(
            description="The keyframe ID to use for face/object mapping. The input video is "
            "normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1 "
            "second in, etc. Valid range: 1 to (duration_seconds * 24).",
            ge=1,
        ),
    ] = 1
    """The keyframe ID to use for face/object mapping. The input video is normalized to 24 FPS
    before processing, so keyframe 1 = first frame, keyframe 24 = 1 second in, etc. Valid
    range: 1 to (duration_seconds * 24).
    """

    image_url: Annotated[
        str,
        Field(
            description="URL of the target image for swapping",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the target image for swapping"""

    resolution: Annotated[
        Literal["360p", "540p", "720p"],
        Field(description="The output resolution (1080p not supported)"),
    ] = "720p"
    """The output resolution (1080p not supported)"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""

    original_sound_switch: Annotated[
        bool, Field(description="Whether to keep the original audio")
    ] = True
    """Whether to keep the original audio"""


class PixverseSwapOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated swapped video")]
    """The generated swapped video"""
