# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class HunyuanWorldInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to convert to a panorama.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to convert to a panorama."""

    prompt: Annotated[str, Field(description="The prompt to use for the panorama generation.")]
    """The prompt to use for the panorama generation."""


class HunyuanWorldOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated panorama image.")]
    """The generated panorama image."""
