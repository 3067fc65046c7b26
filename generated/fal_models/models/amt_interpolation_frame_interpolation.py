# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from fal_models._base import InputModel, OutputModel

from . import shared


class AmtInterpolationFrameInterpolationInput(InputModel):
    frames: list[Frame]
    """Frames to interpolate"""
    output_fps: int = 24
    """Output frames per second Not checked by the client: slider min 1, max 60."""
    recursive_interpolation_passes: int = 4
    """Number of recursive interpolation passes Not checked by the client: slider min 1, max 10."""


class AmtInterpolationFrameInterpolationOutput(OutputModel):
    video: shared.File
    """Generated video"""


class Frame(InputModel):
    url: str
    """URL of the frame"""
