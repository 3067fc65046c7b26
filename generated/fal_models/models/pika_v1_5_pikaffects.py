# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV1_5PikaffectsInput(InputModel):
    """Request model for Pikaffects endpoint"""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image"""
    pikaffect: Literal[
        "Cake-ify",
        "Crumble",
        "Crush",
        "Decapitate",
        "Deflate",
        "Dissolve",
        "Explode",
        "Eye-pop",
        "Inflate",
        "Levitate",
        "Melt",
        "Peel",
        "Poke",
        "Squish",
        "Ta-da",
        "Tear",
    ]
    """The Pikaffect to apply"""
    prompt: str | None | MISSING = MISSING
    """Text prompt to guide the effect"""
    negative_prompt: str | None | MISSING = MISSING
    """Negative prompt to guide the model"""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator"""


class PikaV1_5PikaffectsOutput(OutputModel):
    """Output from Pikaffects generation"""

    video: shared.File
    """The generated video with applied effect"""
