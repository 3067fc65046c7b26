# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceSeedance2_0FastTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used to generate the video")]
    """The text prompt used to generate the video"""

    resolution: Annotated[
        Literal["480p", "720p"],
        Field(description="Video resolution - 480p for faster generation, 720p for balance."),
    ] = "720p"
    """Video resolution - 480p for faster generation, 720p for balance."""

    duration: Annotated[
        Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(
            description="Duration of the video in seconds. Supports 4 to 15 seconds, or auto to "
            "let the model decide based on the prompt."
        ),
    ] = "auto"
    """Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the model
    decide based on the prompt.
    """

    aspect_ratio: Annotated[
        Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"],
        Field(
            description="The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 "
            "for portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let "
            "the model decide."
        ),
    ] = "auto"
    """The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
    portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the model
    decide.
    """

    generate_audio: Annotated[
        bool,
        Field(
            description="Whether to generate synchronized audio for the video, including sound "
            "effects, ambient sounds, and lip-synced speech. The cost of video generation is the "
            "same regardless of whether audio is generated or not."
        ),
    ] = True
    """Whether to generate synchronized audio for the video, including sound effects, ambient
    sounds, and lip-synced speech. The cost of video generation is the same regardless of
    whether audio is generated or not.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. Note that results may still vary "
            "slightly even with the same seed."
        ),
    ] = MISSING
    """Random seed for reproducibility. Note that results may still vary slightly even with the
    same seed.
    """

    end_user_id: Annotated[
        str | None | MISSING, Field(description="The unique user ID of the end user.")
    ] = MISSING
    """The unique user ID of the end user."""


class BytedanceSeedance2_0FastTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
