# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AiAvatarMultiInput(InputModel):
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

    first_audio_url: Annotated[
        str,
        Field(
            description="The URL of the Person 1 audio file.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the Person 1 audio file."""

    second_audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the Person 2 audio file.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the Person 2 audio file."""

    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 81 to 129 (inclusive). If "
            "the number of frames is greater than 81, the video will be generated with 1.25x more "
            "billing units.",
            ge=41,
            le=241,
        ),
    ] = 181
    """Number of frames to generate. Must be between 81 to 129 (inclusive). If the number of
    frames is greater than 81, the video will be generated with 1.25x more billing units.
    """

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
    ] = 81
    """Random seed for reproducibility. If None, a random seed is chosen."""

    use_only_first_audio: Annotated[
        bool, Field(description="Whether to use only the first audio file.")
    ] = False
    """Whether to use only the first audio file."""

    acceleration: Annotated[
        Literal["none", "regular", "high"],
        Field(description="The acceleration level to use for generation."),
    ] = "regular"
    """The acceleration level to use for generation."""


class AiAvatarMultiOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
