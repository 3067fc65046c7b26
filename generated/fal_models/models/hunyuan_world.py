# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class HunyuanWorldInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to convert to a panorama."""
    prompt: str
    """The prompt to use for the panorama generation."""


class HunyuanWorldOutput(OutputModel):
    image: shared.Image
    """The generated panorama image."""
