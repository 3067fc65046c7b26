# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2PikadditionsInput(InputModel):
    """Request model for Pikadditions endpoint"""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video"""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to add"""
    prompt: str | None | MISSING = MISSING
    """Text prompt describing what to add"""
    negative_prompt: str | None | MISSING = MISSING
    """Negative prompt to guide the model"""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator"""


class PikaV2PikadditionsOutput(OutputModel):
    """Output from Pikadditions generation"""

    video: shared.File
    """The generated video with added objects/images"""
