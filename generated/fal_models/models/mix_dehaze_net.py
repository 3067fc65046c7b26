# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MixDehazeNetInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for image enhancement",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for image enhancement"""

    model: Annotated[
        Literal["indoor", "outdoor"], Field(description="Model to be used for dehazing")
    ] = "indoor"
    """Model to be used for dehazing"""

    seed: Annotated[int | MISSING, Field(description="seed to be used for generation")] = MISSING
    """seed to be used for generation"""


class MixDehazeNetOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""
