# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV1_5PikaffectsInput(InputModel):
    """Request model for Pikaffects endpoint"""

    image_url: Annotated[
        str, Field(description="URL of the input image", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input image"""

    pikaffect: Annotated[
        Literal[
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
        ],
        Field(description="The Pikaffect to apply"),
    ]
    """The Pikaffect to apply"""

    prompt: Annotated[
        str | None | MISSING, Field(description="Text prompt to guide the effect")
    ] = MISSING
    """Text prompt to guide the effect"""

    negative_prompt: Annotated[
        str | None | MISSING, Field(description="Negative prompt to guide the model")
    ] = MISSING
    """Negative prompt to guide the model"""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""


class PikaV1_5PikaffectsOutput(OutputModel):
    """Output from Pikaffects generation"""

    video: Annotated[shared.File, Field(description="The generated video with applied effect")]
    """The generated video with applied effect"""
