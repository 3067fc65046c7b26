# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV4_5ImageToVideoInput(InputModel):
    prompt: str
    resolution: Literal["360p", "540p", "720p", "1080p"] = "720p"
    """The resolution of the generated video"""
    duration: Literal["5", "8"] = "5"
    """The duration of the generated video in seconds. 8s videos cost double. 1080p videos are
    limited to 5 seconds
    """
    negative_prompt: str = ""
    """Negative prompt to be used for the generation"""
    style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING = MISSING
    """The style of the generated video"""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to use as the first frame"""
    camera_movement: (
        Literal[
            "horizontal_left",
            "horizontal_right",
            "vertical_up",
            "vertical_down",
            "zoom_in",
            "zoom_out",
            "crane_up",
            "quickly_zoom_in",
            "quickly_zoom_out",
            "smooth_zoom_in",
            "camera_rotation",
            "robo_arm",
            "super_dolly_out",
            "whip_pan",
            "hitchcock",
            "left_follow",
            "right_follow",
            "pan_left",
            "pan_right",
            "fix_bg",
        ]
        | None
        | MISSING
    ) = MISSING
    """The type of camera movement to apply to the video"""


class PixverseV4_5ImageToVideoOutput(OutputModel):
    video: shared.File
    """The generated video"""
