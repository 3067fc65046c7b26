# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseExtendFastInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video to extend"""
    prompt: str
    """Prompt describing how to extend the video"""
    negative_prompt: str = ""
    """Negative prompt to be used for the generation"""
    style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING = MISSING
    """The style of the extended video"""
    resolution: Literal["360p", "540p", "720p"] = "720p"
    """The resolution of the generated video. Fast mode doesn't support 1080p"""
    model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] = "v4.5"
    """The model version to use for generation"""
    seed: int | None | MISSING = MISSING
    """Random seed for generation"""
    generate_audio_switch: bool = False
    """Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+ models."""


class PixverseExtendFastOutput(OutputModel):
    video: shared.File
    """The extended video"""
