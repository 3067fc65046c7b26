# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ThinksoundInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to generate the audio for."""
    prompt: str = ""
    """A prompt to guide the audio generation. If not provided, it will be extracted from the
    video.
    """
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator"""
    num_inference_steps: Annotated[int, Field(ge=2, le=100)] = 24
    """The number of inference steps for audio generation."""
    cfg_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 5
    """The classifier-free guidance scale for audio generation."""


class ThinksoundOutput(OutputModel):
    video: shared.File
    """The generated video with audio."""
    prompt: str
    """The prompt used to generate the audio."""
