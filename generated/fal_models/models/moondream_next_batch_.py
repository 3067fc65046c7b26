# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MoondreamNextBatchInput(InputModel):
    images_data_url: Annotated[
        str,
        Field(
            description="List of image URLs to be processed (maximum 32 images)",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of image URLs to be processed (maximum 32 images)"""

    prompt: Annotated[str, Field(description="Single prompt to apply to all images")]
    """Single prompt to apply to all images"""

    max_tokens: Annotated[
        int, Field(description="Maximum number of tokens to generate", ge=1, le=512)
    ] = 64
    """Maximum number of tokens to generate"""


class MoondreamNextBatchOutput(OutputModel):
    captions_file: Annotated[
        shared.File,
        Field(
            description="URL to the generated captions JSON file containing filename-caption pairs."
        ),
    ]
    """URL to the generated captions JSON file containing filename-caption pairs."""

    outputs: Annotated[list[str], Field(description="List of generated captions")]
    """List of generated captions"""
