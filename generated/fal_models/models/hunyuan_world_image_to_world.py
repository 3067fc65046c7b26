# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class HunyuanWorldImageToWorldInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to convert to a world.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to convert to a world."""

    labels_fg1: Annotated[str, Field(description="Labels for the first foreground object.")]
    """Labels for the first foreground object."""

    labels_fg2: Annotated[str, Field(description="Labels for the second foreground object.")]
    """Labels for the second foreground object."""

    classes: Annotated[str, Field(description="Classes to use for the world generation.")]
    """Classes to use for the world generation."""

    export_drc: Annotated[
        bool, Field(description="Whether to export DRC (Dynamic Resource Configuration).")
    ] = False
    """Whether to export DRC (Dynamic Resource Configuration)."""


class HunyuanWorldImageToWorldOutput(OutputModel):
    world_file: Annotated[shared.File, Field(description="The generated world.")]
    """The generated world."""
