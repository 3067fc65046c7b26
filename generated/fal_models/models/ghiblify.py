# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class GhiblifyInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to upscale.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the image to upscale."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The seed to use for the upscale. If not provided, a random seed will be "
            "used."
        ),
    ] = MISSING
    """The seed to use for the upscale. If not provided, a random seed will be used."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""


class GhiblifyOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The URL of the generated image.")]
    """The URL of the generated image."""
