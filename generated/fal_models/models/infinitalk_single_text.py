# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class InfinitalkSingleTextInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the input image. If the input image does not match the chosen "
            "aspect ratio, it is resized and center cropped.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """

    text_input: Annotated[str, Field(description="The text input to guide video generation.")]
    """The text input to guide video generation."""

    voice: Annotated[
        Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ],
        Field(description="The voice to use for speech generation"),
    ]
    """The voice to use for speech generation"""

    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 41 to 721.", ge=41, le=721
        ),
    ] = 145
    """Number of frames to generate. Must be between 41 to 721."""

    resolution: Annotated[
        Literal["480p", "720p"],
        Field(description="Resolution of the video to generate. Must be either 480p or 720p."),
    ] = "480p"
    """Resolution of the video to generate. Must be either 480p or 720p."""

    seed: Annotated[
        int,
        Field(
            description="Random seed for reproducibility. If None, a random seed is chosen.",
            ge=0,
            le=4294967295,
        ),
    ] = 42
    """Random seed for reproducibility. If None, a random seed is chosen."""

    acceleration: Annotated[
        Literal["none", "regular", "high"],
        Field(description="The acceleration level to use for generation."),
    ] = "regular"
    """The acceleration level to use for generation."""


class InfinitalkSingleTextOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
