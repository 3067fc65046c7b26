# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MoondreamNextBatchInput(InputModel):
    images_data_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """List of image URLs to be processed (maximum 32 images)"""
    prompt: str
    """Single prompt to apply to all images"""
    max_tokens: Annotated[int, Field(ge=1, le=512)] = 64
    """Maximum number of tokens to generate"""


class MoondreamNextBatchOutput(OutputModel):
    captions_file: shared.File
    """URL to the generated captions JSON file containing filename-caption pairs."""
    outputs: list[str]
    """List of generated captions"""
