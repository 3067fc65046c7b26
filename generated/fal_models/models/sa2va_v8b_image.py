# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Sa2va8bImageInput(InputModel):
    prompt: Annotated[str, Field(description="Prompt to be used for the chat completion")]
    """Prompt to be used for the chat completion"""

    image_url: Annotated[
        str, Field(description="Url for the Input image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url for the Input image."""


class Sa2va8bImageOutput(OutputModel):
    output: Annotated[str, Field(description="Generated output")]
    """Generated output"""

    masks: Annotated[list[shared.Image], Field(description="Dictionary of label: mask image")]
    """Dictionary of label: mask image"""
