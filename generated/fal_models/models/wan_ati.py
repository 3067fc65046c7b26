# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TrackPoint(InputModel):
    """A coordinate point with x and y values for motion tracking"""

    x: float
    """X coordinate"""
    y: float
    """Y coordinate"""


class WanAtiInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image."""
    prompt: str
    """The text prompt to guide video generation."""
    track: list[list[TrackPoint]]
    """Motion tracks to guide video generation. Each track is a sequence of points defining a
    motion trajectory. Multiple tracks can control different elements or objects in the video.
    Expected format: array of tracks, where each track is an array of points with 'x' and 'y'
    coordinates (up to 121 points per track). Points will be automatically padded to 121 if
    fewer are provided. Coordinates should be within the image dimensions.
    """
    num_inference_steps: Annotated[int, Field(ge=2, le=40)] = 40
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """
    resolution: Literal["480p", "580p", "720p"] = "480p"
    """Resolution of the generated video (480p, 580p, 720p)."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""


class WanAtiOutput(OutputModel):
    video: shared.File
    """The generated video file."""
