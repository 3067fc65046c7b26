# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Frame(InputModel):
    url: Annotated[str, Field(description="URL of the frame")]
    """URL of the frame"""


class AmtInterpolationFrameInterpolationInput(InputModel):
    frames: Annotated[list[Frame], Field(description="Frames to interpolate")]
    """Frames to interpolate"""

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
    ] = 4
    """Number of recursive interpolation passes Not checked by the client: slider min 1, max 10."""


class AmtInterpolationFrameInterpolationOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video")]
    """Generated video"""
