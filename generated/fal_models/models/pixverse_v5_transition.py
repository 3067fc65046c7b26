# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV5TransitionInput(InputModel):
    prompt: str
    """The prompt for the transition"""
    aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] = "16:9"
    """The aspect ratio of the generated video"""
    resolution: Literal["360p", "540p", "720p", "1080p"] = "720p"
    """The resolution of the generated video"""
    duration: Literal["5", "8"] = "5"
    """The duration of the generated video in seconds"""
    negative_prompt: str = ""
    """Negative prompt to be used for the generation"""
    style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING = MISSING
    """The style of the generated video"""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """
    first_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to use as the first frame"""
    end_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to use as the last frame"""


class PixverseV5TransitionOutput(OutputModel):
    video: shared.File
    """The generated video"""
