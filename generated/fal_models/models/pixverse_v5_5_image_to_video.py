# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV5_5ImageToVideoInput(InputModel):
    prompt: str
    resolution: Literal["360p", "540p", "720p", "1080p"] = "720p"
    """The resolution of the generated video"""
    duration: Literal["5", "8", "10"] = "5"
    """The duration of the generated video in seconds. Longer durations cost more. 1080p videos
    are limited to 5 or 8 seconds
    """
    negative_prompt: str = ""
    """Negative prompt to be used for the generation"""
    style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING = MISSING
    """The style of the generated video"""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """
    generate_audio_switch: bool = False
    """Enable audio generation (BGM, SFX, dialogue)"""
    generate_multi_clip_switch: bool = False
    """Enable multi-clip generation with dynamic camera changes"""
    thinking_type: Literal["enabled", "disabled", "auto"] | None | MISSING = MISSING
    """Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off, 'auto' for model
    decision
    """
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to use as the first frame"""


class PixverseV5_5ImageToVideoOutput(OutputModel):
    video: shared.File
    """The generated video"""
