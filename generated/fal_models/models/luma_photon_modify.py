# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str, Field(description="Instruction for modifying the image", max_length=5000, min_length=3)
    ],
)


class LumaPhotonModifyInput(InputModel):
    prompt: Annotated[
        Prompt | None | MISSING, Field(description="Instruction for modifying the image")
    ] = MISSING
    """Instruction for modifying the image"""

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to reframe", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the input image to reframe"""

    strength: Annotated[
        float,
        Field(
            description="The strength of the initial image. Higher strength values are "
            "corresponding to more influence of the initial image on the output.",
            ge=0.0,
            le=1.0,
        ),
    ]
    """The strength of the initial image. Higher strength values are corresponding to more
    influence of the initial image on the output.
    """

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        Field(description="The aspect ratio of the reframed image"),
    ]
    """The aspect ratio of the reframed image"""


class LumaPhotonModifyOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="The generated image")]
    """The generated image"""
