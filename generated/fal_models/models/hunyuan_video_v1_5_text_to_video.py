# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoV1_5TextToVideoInput(InputModel):
    prompt: str
    """The prompt to generate the video."""
    negative_prompt: str = ""
    """The negative prompt to guide what not to generate."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """The number of inference steps."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the video."""
    resolution: Literal["480p"] = "480p"
    """The resolution of the video."""
    num_frames: Annotated[int, Field(ge=1, le=121)] = 121
    """The number of frames to generate."""
    enable_prompt_expansion: bool = True
    """Enable prompt expansion to enhance the input prompt."""


class HunyuanVideoV1_5TextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
