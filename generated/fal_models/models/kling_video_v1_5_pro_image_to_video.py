# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Trajectory(InputModel):
    x: Annotated[int, Field(description="X coordinate of the motion trajectory")]
    """X coordinate of the motion trajectory"""

    y: Annotated[int, Field(description="Y coordinate of the motion trajectory")]
    """Y coordinate of the motion trajectory"""


class DynamicMask(InputModel):
    mask_url: Annotated[
        str,
        Field(
            description="URL of the image for Dynamic Brush Application Area (Mask image created "
            "by users using the motion brush)",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image for Dynamic Brush Application Area (Mask image created by users using the
    motion brush)
    """

    trajectories: Annotated[
        list[Trajectory] | MISSING, Field(description="List of trajectories")
    ] = MISSING
    """List of trajectories"""


class KlingVideoV1_5ProImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""


class KlingVideoV1_5ProImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    duration: Annotated[
        Literal["5", "10"], Field(description="The duration of the generated video in seconds")
    ] = "5"
    """The duration of the generated video in seconds"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video frame"),
    ] = "16:9"
    """The aspect ratio of the generated video frame"""

    tail_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the image to be used for the end of the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the image to be used for the end of the video"""

    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """

    static_mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the image for Static Brush Application Area (Mask image created "
            "by users using the motion brush)",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the image for Static Brush Application Area (Mask image created by users using the
    motion brush)
    """

    dynamic_masks: Annotated[
        list[DynamicMask] | None | MISSING, Field(description="List of dynamic masks")
    ] = MISSING
    """List of dynamic masks"""
