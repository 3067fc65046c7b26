# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CameraControl(InputModel):
    movement_type: Literal["horizontal", "vertical", "pan", "tilt", "roll", "zoom"]
    """The type of camera movement"""
    movement_value: Annotated[int, Field(ge=-10, le=10)]
    """The value of the camera movement"""


class KlingVideoV1StandardTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
    duration: Literal["5", "10"] = "5"
    """The duration of the generated video in seconds"""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """The aspect ratio of the generated video frame"""
    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """
    camera_control: (
        Literal["down_back", "forward_up", "right_turn_forward", "left_turn_forward"]
        | None
        | MISSING
    ) = MISSING
    """Camera control parameters"""
    advanced_camera_control: CameraControl | None | MISSING = MISSING
    """Advanced Camera control parameters"""


class KlingVideoV1StandardTextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video"""
