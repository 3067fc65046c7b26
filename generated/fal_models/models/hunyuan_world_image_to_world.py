# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class HunyuanWorldImageToWorldInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to convert to a world."""
    labels_fg1: str
    """Labels for the first foreground object."""
    labels_fg2: str
    """Labels for the second foreground object."""
    classes: str
    """Classes to use for the world generation."""
    export_drc: bool = False
    """Whether to export DRC (Dynamic Resource Configuration)."""


class HunyuanWorldImageToWorldOutput(OutputModel):
    world_file: shared.File
    """The generated world."""
