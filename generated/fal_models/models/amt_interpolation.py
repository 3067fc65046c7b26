# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class AmtInterpolationInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the video to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the video to be processed"""

    output_fps: Annotated[
        int,
        Field(
            description="Output frames per second Not checked by the client: slider min 1, max 60."
        ),
    ] = 24
    """Output frames per second Not checked by the client: slider min 1, max 60."""

    recursive_interpolation_passes: Annotated[
        int,
        Field(
            description="Number of recursive interpolation passes Not checked by the client: "
            "slider min 1, max 10."
        ),
    ] = 2
    """Number of recursive interpolation passes Not checked by the client: slider min 1, max 10."""


class AmtInterpolationOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video")]
    """Generated video"""
