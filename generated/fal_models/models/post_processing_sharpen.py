# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingSharpenInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    sharpen_mode: Annotated[
        Literal["basic", "smart", "cas"], Field(description="Type of sharpening to apply")
    ] = "basic"
    """Type of sharpening to apply"""

    sharpen_radius: Annotated[
        int, Field(description="Sharpen radius (for basic mode)", ge=1, le=15)
    ] = 1
    """Sharpen radius (for basic mode)"""

    sharpen_alpha: Annotated[
        float, Field(description="Sharpen strength (for basic mode)", ge=0.1, le=5.0)
    ] = 1
    """Sharpen strength (for basic mode)"""

    noise_radius: Annotated[
        int, Field(description="Noise radius for smart sharpen", ge=1, le=25)
    ] = 7
    """Noise radius for smart sharpen"""

    preserve_edges: Annotated[
        float, Field(description="Edge preservation factor", ge=0.0, le=1.0)
    ] = 0.75
    """Edge preservation factor"""

    smart_sharpen_strength: Annotated[
        float, Field(description="Smart sharpen strength", ge=0.0, le=25.0)
    ] = 5
    """Smart sharpen strength"""

    smart_sharpen_ratio: Annotated[
        float, Field(description="Smart sharpen blend ratio", ge=0.0, le=1.0)
    ] = 0.5
    """Smart sharpen blend ratio"""

    cas_amount: Annotated[float, Field(description="CAS sharpening amount", ge=0.0, le=1.0)] = 0.8
    """CAS sharpening amount"""


class PostProcessingSharpenOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with sharpen effect")
    ]
    """The processed images with sharpen effect"""
