# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumFrames = TypeAliasType(
    "NumFrames",
    Annotated[
        int,
        Field(
            description="Number of frames to generate. Must be between 81 to 100 (inclusive).",
            ge=81,
            le=100,
        ),
    ],
)


FramesPerSecond = TypeAliasType(
    "FramesPerSecond",
    Annotated[
        int,
        Field(
            description="Frames per second of the generated video. Must be between 5 to 24.",
            ge=5,
            le=24,
        ),
    ],
)


class LoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    weight_name: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the LoRA weight. Used only if `path` is a Hugging Face "
            "repository, and required only if you have more than 1 safetensors file in the repo."
        ),
    ] = MISSING
    """Name of the LoRA weight. Used only if `path` is a Hugging Face repository, and required
    only if you have more than 1 safetensors file in the repo.
    """

    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """


class WanT2vLoraInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = (
        "bright colors, overexposed, static, blurred details, subtitles, style, artwork, "
        "painting, picture, still, overall gray, worst quality, low quality, JPEG compression "
        "residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, "
        "deformed, disfigured, malformed limbs, fused fingers, still picture, cluttered "
        "background, three legs, many people in the background, walking backwards"
    )
    """Negative prompt for video generation."""

    num_frames: Annotated[
        NumFrames | None,
        Field(description="Number of frames to generate. Must be between 81 to 100 (inclusive)."),
    ] = 81
    """Number of frames to generate. Must be between 81 to 100 (inclusive)."""

    frames_per_second: Annotated[
        FramesPerSecond | None,
        Field(description="Frames per second of the generated video. Must be between 5 to 24."),
    ] = 16
    """Frames per second of the generated video. Must be between 5 to 24."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="Resolution of the generated video (480p, 580p, or 720p)."),
    ] = "480p"
    """Resolution of the generated video (480p, 580p, or 720p)."""

    aspect_ratio: Annotated[
        Literal["9:16", "16:9"],
        Field(description="Aspect ratio of the generated video (16:9 or 9:16)."),
    ] = "16:9"
    """Aspect ratio of the generated video (16:9 or 9:16)."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=40,
        ),
    ] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = False
    """Whether to enable prompt expansion."""

    turbo_mode: Annotated[
        bool,
        Field(
            description="If true, the video will be generated faster with no noticeable "
            "degradation in the visual quality."
        ),
    ] = True
    """If true, the video will be generated faster with no noticeable degradation in the visual
    quality.
    """

    loras: Annotated[
        list[LoraWeight],
        Field(description="LoRA weights to be used in the inference.", validate_default=True),
    ] = []
    """LoRA weights to be used in the inference."""

    reverse_video: Annotated[bool, Field(description="If true, the video will be reversed.")] = (
        False
    )
    """If true, the video will be reversed."""


class WanT2vLoraOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
