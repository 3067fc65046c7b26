# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class Moondream2Input(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""


class Moondream2Output(OutputModel):
    output: Annotated[str, Field(description="Output for the given query")]
    """Output for the given query"""
