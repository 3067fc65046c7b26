# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumberOfFrames = TypeAliasType(
    "NumberOfFrames",
    Annotated[
        int,
        Field(
            description="The number of frames in the video. Deprecated. Use `num_frames` instead.",
            ge=9,
            le=161,
        ),
    ],
)


class ImageCondition(InputModel):
    """Image condition to use for generation."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as input.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as input."""

    start_frame_number: Annotated[
        int, Field(description="The frame number to start the condition on.", ge=0, le=160)
    ] = 0
    """The frame number to start the condition on."""

    strength: Annotated[
        float, Field(description="The strength of the condition.", ge=0.0, le=1.0)
    ] = 1
    """The strength of the condition."""


class LoRAWeight(InputModel):
    """LoRA weight to use for generation."""

    path: Annotated[str, Field(description="URL or path to the LoRA weights.")]
    """URL or path to the LoRA weights."""

    weight_name: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the LoRA weight. Only used if `path` is a HuggingFace "
            "repository, and is only required when the repository contains multiple LoRA weights."
        ),
    ] = MISSING
    """Name of the LoRA weight. Only used if `path` is a HuggingFace repository, and is only
    required when the repository contains multiple LoRA weights.
    """

    scale: Annotated[
        float,
        Field(
            description="Scale of the LoRA weight. This is a multiplier applied to the LoRA "
            "weight when loading it.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """Scale of the LoRA weight. This is a multiplier applied to the LoRA weight when loading it."""


class VideoCondition(InputModel):
    """Video condition to use for generation."""

    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to use as input.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to use as input."""

    start_frame_number: Annotated[
        int, Field(description="The frame number to start the condition on.", ge=0, le=160)
    ] = 0
    """The frame number to start the condition on."""

    strength: Annotated[
        float, Field(description="The strength of the condition.", ge=0.0, le=1.0)
    ] = 1
    """The strength of the condition."""


class LtxVideoLoraMulticonditioningInput(InputModel):
    """Request model for text-to-video generation with multiple conditions."""

    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    negative_prompt: Annotated[str, Field(description="The negative prompt to use.")] = (
        "blurry, low quality, low resolution, inconsistent motion, jittery, distorted"
    )
    """The negative prompt to use."""

    loras: Annotated[
        list[LoRAWeight],
        Field(description="The LoRA weights to use for generation.", validate_default=True),
    ] = []
    """The LoRA weights to use for generation."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="The resolution of the video.")
    ] = "720p"
    """The resolution of the video."""

    aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16", "auto"], Field(description="The aspect ratio of the video.")
    ] = "auto"
    """The aspect ratio of the video."""

    num_frames: Annotated[
        int, Field(description="The number of frames in the video.", ge=9, le=161)
    ] = 89
    """The number of frames in the video."""

    number_of_frames: Annotated[
        NumberOfFrames | None | MISSING,
        Field(
            description="The number of frames in the video. Deprecated. Use `num_frames` instead."
        ),
    ] = MISSING
    """The number of frames in the video. Deprecated. Use `num_frames` instead."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use.", ge=2, le=50)
    ] = 30
    """The number of inference steps to use."""

    frames_per_second: Annotated[
        int, Field(description="The frame rate of the video.", ge=1, le=60)
    ] = 25
    """The frame rate of the video."""

    seed: Annotated[int | None | MISSING, Field(description="The seed to use for generation.")] = (
        MISSING
    )
    """The seed to use for generation."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to expand the prompt using the LLM.")
    ] = False
    """Whether to expand the prompt using the LLM."""

    reverse_video: Annotated[bool, Field(description="Whether to reverse the video.")] = False
    """Whether to reverse the video."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    images: Annotated[
        list[ImageCondition],
        Field(description="The image conditions to use for generation.", validate_default=True),
    ] = []
    """The image conditions to use for generation."""

    videos: Annotated[
        list[VideoCondition],
        Field(description="The video conditions to use for generation.", validate_default=True),
    ] = []
    """The video conditions to use for generation."""


class LtxVideoLoraMulticonditioningOutput(OutputModel):
    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
