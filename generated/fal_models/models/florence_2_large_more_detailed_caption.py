# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class Florence2LargeMoreDetailedCaptionInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be processed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be processed."""


class Florence2LargeMoreDetailedCaptionOutput(OutputModel):
    results: Annotated[str, Field(description="Results from the model")]
    """Results from the model"""
