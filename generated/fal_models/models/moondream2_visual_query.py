# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class Moondream2VisualQueryInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    prompt: str
    """Query to be asked in the image"""


class Moondream2VisualQueryOutput(OutputModel):
    output: str
    """Output for the given query"""
