# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KreaWan14bTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="Prompt for the video-to-video generation.")]
    """Prompt for the video-to-video generation."""

    num_frames: Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be a multiple of 12 plus 6, for "
            "example 6, 18, 30, 42, etc.",
            ge=18,
            le=162,
        ),
    ] = 78
    """Number of frames to generate. Must be a multiple of 12 plus 6, for example 6, 18, 30, 42,
    etc.
    """

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt expansion. This will use a large language model "
            "to expand the prompt with additional details while maintaining the original meaning."
        ),
    ] = False
    """Whether to enable prompt expansion. This will use a large language model to expand the
    prompt with additional details while maintaining the original meaning.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the video-to-video generation.")
    ] = MISSING
    """Seed for the video-to-video generation."""


class KreaWan14bTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
