# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV6ExtendInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video to extend"""
    prompt: str
    """Prompt describing how to extend the video"""
    negative_prompt: str = ""
    """Negative prompt to be used for the generation"""
    style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING = MISSING
    """The style of the extended video"""
    resolution: Literal["360p", "540p", "720p", "1080p"] = "720p"
    """The resolution of the generated video"""
    duration: Annotated[int, Field(ge=1, le=15)] = 5
    """The duration of the generated video in seconds. v6 supports values from 1 to 15 seconds"""
    seed: int | None | MISSING = MISSING
    """Random seed for generation"""
    generate_audio_switch: bool = False
    """Enable audio generation (BGM, SFX, dialogue)."""


class PixverseV6ExtendOutput(OutputModel):
    video: shared.File
    """The extended video"""
