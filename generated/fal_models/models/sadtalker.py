# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SadtalkerInput(InputModel):
    source_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the source image"""
    driven_audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the driven audio"""
    pose_style: Annotated[int, Field(ge=0, le=45)] = 0
    """The style of the pose"""
    face_model_resolution: Literal["256", "512"] = "256"
    """The resolution of the face model"""
    expression_scale: Annotated[float, Field(ge=0.0, le=3.0, multiple_of=0.1)] = 1
    """The scale of the expression"""
    face_enhancer: Literal["gfpgan"] | None | MISSING = MISSING
    """The type of face enhancer to use"""
    still_mode: bool = False
    """Whether to use still mode. Fewer head motion, works with preprocess `full`."""
    preprocess: Literal["crop", "extcrop", "resize", "full", "extfull"] = "crop"
    """The type of preprocessing to use"""


class SadtalkerOutput(OutputModel):
    video: shared.File
    """URL of the generated video"""
