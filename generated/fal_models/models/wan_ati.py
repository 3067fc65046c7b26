# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TrackPoint(InputModel):
    """A coordinate point with x and y values for motion tracking"""

    x: Annotated[float, Field(description="X coordinate")]
    """X coordinate"""

    y: Annotated[float, Field(description="Y coordinate")]
    """Y coordinate"""


class WanAtiInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of the input image.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input image."""

    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    track: Annotated[
        list[list[TrackPoint]],
        Field(
            description="Motion tracks to guide video generation. Each track is a sequence of "
            "points defining a motion trajectory. Multiple tracks can control different elements "
            "or objects in the video. Expected format: array of tracks, where each track is an "
            "array of points with 'x' and 'y' coordinates (up to 121 points per track). Points "
            "will be automatically padded to 121 if fewer are provided. Coordinates should be "
            "within the image dimensions."
        ),
    ]
    """Motion tracks to guide video generation. Each track is a sequence of points defining a
    motion trajectory. Multiple tracks can control different elements or objects in the video.
    Expected format: array of tracks, where each track is an array of points with 'x' and 'y'
    coordinates (up to 121 points per track). Points will be automatically padded to 121 if
    fewer are provided. Coordinates should be within the image dimensions.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=40,
        ),
    ] = 40
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            le=10.0,
        ),
    ] = 5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="Resolution of the generated video (480p, 580p, 720p)."),
    ] = "480p"
    """Resolution of the generated video (480p, 580p, 720p)."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""


class WanAtiOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
