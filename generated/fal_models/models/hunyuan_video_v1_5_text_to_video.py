# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoV1_5TextToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video.")]
    """The prompt to generate the video."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to guide what not to generate.")
    ] = ""
    """The negative prompt to guide what not to generate."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps.", ge=1, le=50)
    ] = 28
    """The number of inference steps."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="The aspect ratio of the video.")
    ] = "16:9"
    """The aspect ratio of the video."""

    resolution: Annotated[Literal["480p"], Field(description="The resolution of the video.")] = (
        "480p"
    )
    """The resolution of the video."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=1, le=121)
    ] = 121
    """The number of frames to generate."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Enable prompt expansion to enhance the input prompt.")
    ] = True
    """Enable prompt expansion to enhance the input prompt."""


class HunyuanVideoV1_5TextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
