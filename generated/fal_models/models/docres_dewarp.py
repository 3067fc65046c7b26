# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DocresDewarpInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for relighting",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for relighting"""

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


class DocresDewarpOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""
