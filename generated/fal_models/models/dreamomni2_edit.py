# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Dreamomni2EditInput(InputModel):
    image_urls: Annotated[
        list[str],
        Field(
            description="List of URLs of input images for editing.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of URLs of input images for editing."""

    prompt: Annotated[str, Field(description="The prompt to edit the image.")]
    """The prompt to edit the image."""


class Dreamomni2EditOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image")]
    """Generated image"""
