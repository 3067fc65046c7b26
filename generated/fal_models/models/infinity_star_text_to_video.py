# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class InfinityStarTextToVideoInput(InputModel):
    """Input model for text-to-video generation"""

    prompt: Annotated[str, Field(description="Text prompt for generating the video")]
    """Text prompt for generating the video"""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to guide what to avoid in generation")
    ] = ""
    """Negative prompt to guide what to avoid in generation"""

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps", ge=1, le=100)
    ] = 50
    """Number of inference steps"""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for generation", ge=1.0, le=40.0)
    ] = 7.5
    """Guidance scale for generation"""

    tau_video: Annotated[float, Field(description="Tau value for video scale", ge=0.1, le=1.0)] = (
        0.4
    )
    """Tau value for video scale"""

    use_apg: Annotated[bool, Field(description="Whether to use APG")] = True
    """Whether to use APG"""

    aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16"], Field(description="Aspect ratio of the generated output")
    ] = "16:9"
    """Aspect ratio of the generated output"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. Leave empty for random generation."),
    ] = MISSING
    """Random seed for reproducibility. Leave empty for random generation."""

    enhance_prompt: Annotated[
        bool, Field(description="Whether to use an LLM to enhance the prompt.")
    ] = True
    """Whether to use an LLM to enhance the prompt."""


class InfinityStarTextToVideoOutput(OutputModel):
    """Output model for text-to-video generation"""

    video: Annotated[shared.File, Field(description="Generated video file")]
    """Generated video file"""
