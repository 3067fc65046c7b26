# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Swin2srInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for image enhancement",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for image enhancement"""

    seed: Annotated[int | MISSING, Field(description="seed to be used for generation")] = MISSING
    """seed to be used for generation"""

    task: Annotated[
        Literal["classical_sr", "compressed_sr", "real_sr"], Field(description="Task to perform")
    ] = "classical_sr"
    """Task to perform"""


class Swin2srOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""
