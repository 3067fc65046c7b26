# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class StarVectorInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for relighting",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for relighting"""

    seed: Annotated[int | MISSING, Field(description="seed to be used for generation")] = MISSING
    """seed to be used for generation"""

    max_length: Annotated[
        int,
        Field(
            description="Maximum number of tokens for SVG generation. Increase for complex images.",
            ge=1000,
            le=16000,
        ),
    ] = 4000
    """Maximum number of tokens for SVG generation. Increase for complex images."""


class StarVectorOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The generated image file info.")]
    """The generated image file info."""

    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
