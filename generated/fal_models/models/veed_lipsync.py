# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class VeedLipsyncInput(InputModel):
    video_url: Annotated[
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


class VeedLipsyncOutput(OutputModel):
    video: shared.File
