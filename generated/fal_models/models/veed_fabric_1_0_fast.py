# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class VeedFabric1_0FastInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Not checked by the client: format uri.",
            json_schema_extra={"x-fal-file": True},
            max_length=2083,
            min_length=1,
        ),
    ]
    """Not checked by the client: format uri."""

    audio_url: Annotated[
        str,
        Field(
            description="Not checked by the client: format uri.",
            json_schema_extra={"x-fal-file": True},
            max_length=2083,
            min_length=1,
        ),
    ]
    """Not checked by the client: format uri."""

    resolution: Annotated[Literal["720p", "480p"], Field(description="Resolution")]
    """Resolution"""


class VeedFabric1_0FastOutput(OutputModel):
    video: shared.File
