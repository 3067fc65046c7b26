# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingSharpenInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    sharpen_mode: Literal["basic", "smart", "cas"] = "basic"
    """Type of sharpening to apply"""
    sharpen_radius: Annotated[int, Field(ge=1, le=15)] = 1
    """Sharpen radius (for basic mode)"""
    sharpen_alpha: Annotated[float, Field(ge=0.1, le=5.0)] = 1
    """Sharpen strength (for basic mode)"""
    noise_radius: Annotated[int, Field(ge=1, le=25)] = 7
    """Noise radius for smart sharpen"""
    preserve_edges: Annotated[float, Field(ge=0.0, le=1.0)] = 0.75
    """Edge preservation factor"""
    smart_sharpen_strength: Annotated[float, Field(ge=0.0, le=25.0)] = 5
    """Smart sharpen strength"""
    smart_sharpen_ratio: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Smart sharpen blend ratio"""
    cas_amount: Annotated[float, Field(ge=0.0, le=1.0)] = 0.8
    """CAS sharpening amount"""


class PostProcessingSharpenOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with sharpen effect"""
