# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AiAvatarMultiInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """
    first_audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the Person 1 audio file."""
    second_audio_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """The URL of the Person 2 audio file."""
    prompt: str
    """The text prompt to guide video generation."""
    num_frames: Annotated[int, Field(ge=41, le=241)] = 181
    """Number of frames to generate. Must be between 81 to 129 (inclusive). If the number of
    frames is greater than 81, the video will be generated with 1.25x more billing units.
    """
    resolution: Literal["480p", "720p"] = "480p"
    """Resolution of the video to generate. Must be either 480p or 720p."""
    seed: Annotated[int, Field(ge=0, le=4294967295)] = 81
    """Random seed for reproducibility. If None, a random seed is chosen."""
    use_only_first_audio: bool = False
    """Whether to use only the first audio file."""
    acceleration: Literal["none", "regular", "high"] = "regular"
    """The acceleration level to use for generation."""


class AiAvatarMultiOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
