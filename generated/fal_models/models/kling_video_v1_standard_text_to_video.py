# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CameraControl(InputModel):
    movement_type: Annotated[
        Literal["horizontal", "vertical", "pan", "tilt", "roll", "zoom"],
        Field(description="The type of camera movement"),
    ]
    """The type of camera movement"""

    movement_value: Annotated[
        int, Field(description="The value of the camera movement", ge=-10, le=10)
    ]
    """The value of the camera movement"""


class KlingVideoV1StandardTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
    duration: Annotated[
        Literal["5", "10"], Field(description="The duration of the generated video in seconds")
    ] = "5"
    """The duration of the generated video in seconds"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video frame"),
    ] = "16:9"
    """The aspect ratio of the generated video frame"""

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

    camera_control: Annotated[
        Literal["down_back", "forward_up", "right_turn_forward", "left_turn_forward"]
        | None
        | MISSING,
        Field(description="Camera control parameters"),
    ] = MISSING
    """Camera control parameters"""

    advanced_camera_control: Annotated[
        CameraControl | None | MISSING, Field(description="Advanced Camera control parameters")
    ] = MISSING
    """Advanced Camera control parameters"""


class KlingVideoV1StandardTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
