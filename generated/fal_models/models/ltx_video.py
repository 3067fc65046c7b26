# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LtxVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate the video from.")
    ] = (
        "low quality, worst quality, deformed, distorted, disfigured, motion smear, motion "
        "artifacts, fused fingers, bad anatomy, weird hand, ugly"
    )
    """The negative prompt to generate the video from."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for random number generation.")
    ] = MISSING
    """The seed to use for random number generation."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to take.", ge=1, le=50)
    ] = 30
    """The number of inference steps to take."""

    guidance_scale: Annotated[
        float, Field(description="The guidance scale to use.", gt=1.0, le=10.0)
    ] = 3
    """The guidance scale to use."""


class LtxVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""

    seed: Annotated[int, Field(description="The seed used for random number generation.")]
    """The seed used for random number generation."""
