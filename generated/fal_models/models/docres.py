# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DocresInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for relighting",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for relighting"""

    task: Annotated[
        Literal["deshadowing", "appearance", "deblurring", "binarization"],
        Field(description="Task to perform"),
    ]
    """Task to perform"""

    seed: Annotated[
        int | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """


class DocresOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""
