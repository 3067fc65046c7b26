# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BenV2ImageInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for background removal",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for background removal"""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""


class BenV2ImageOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The output image after background removal.")]
    """The output image after background removal."""

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
