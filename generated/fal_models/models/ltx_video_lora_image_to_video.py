# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LoRAWeight(InputModel):
    """LoRA weight to use for generation."""

    path: str
    """URL or path to the LoRA weights."""
    weight_name: str | None | MISSING = MISSING
    """Name of the LoRA weight. Only used if `path` is a HuggingFace repository, and is only
    required when the repository contains multiple LoRA weights.
    """
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """Scale of the LoRA weight. This is a multiplier applied to the LoRA weight when loading it."""


class LtxVideoLoraImageToVideoInput(InputModel):
    """Request model for image-to-video generation."""

    prompt: str
    """The prompt to generate the video from."""
    negative_prompt: str = (
        "blurry, low quality, low resolution, inconsistent motion, jittery, distorted"
    )
    """The negative prompt to use."""
    loras: Annotated[list[LoRAWeight], Field(validate_default=True)] = []
    """The LoRA weights to use for generation."""
    resolution: Literal["480p", "720p"] = "720p"
    """The resolution of the video."""
    aspect_ratio: Literal["16:9", "1:1", "9:16", "auto"] = "auto"
    """The aspect ratio of the video."""
    num_frames: Annotated[int, Field(ge=9, le=161)] = 89
    """The number of frames in the video."""
    number_of_frames: NumberOfFrames | None | MISSING = MISSING
    """The number of frames in the video. Deprecated. Use `num_frames` instead."""
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 30
    """The number of inference steps to use."""
    frames_per_second: Annotated[int, Field(ge=1, le=60)] = 25
    """The frame rate of the video."""
    seed: int | None | MISSING = MISSING
    """The seed to use for generation."""
    enable_prompt_expansion: bool = False
    """Whether to expand the prompt using the LLM."""
    reverse_video: bool = False
    """Whether to reverse the video."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to use as input."""


class LtxVideoLoraImageToVideoOutput(OutputModel):
    prompt: str
    """The prompt used for generation."""
    seed: int
    """The seed used for generation."""
    video: shared.File
    """The generated video."""


NumberOfFrames = TypeAliasType("NumberOfFrames", Annotated[int, Field(ge=9, le=161)])
"""The number of frames in the video. Deprecated. Use `num_frames` instead."""
