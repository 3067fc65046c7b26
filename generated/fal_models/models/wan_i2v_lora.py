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
            description="Number of frames to generate. Must be between 81 to 100 (inclusive). If "
            "the number of frames is greater than 81, the video will be generated with 1.25x more "
            "billing units.",
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


class WanI2vLoraInput(InputModel):
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

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image. If the input image does not match the chosen "
            "aspect ratio, it is resized and center cropped.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is
    resized and center cropped.
    """

    num_frames: Annotated[
        NumFrames | None,
        Field(
            description="Number of frames to generate. Must be between 81 to 100 (inclusive). If "
            "the number of frames is greater than 81, the video will be generated with 1.25x more "
            "billing units."
        ),
    ] = 81
    """Number of frames to generate. Must be between 81 to 100 (inclusive). If the number of
    frames is greater than 81, the video will be generated with 1.25x more billing units.
    """

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
        Literal["480p", "720p"],
        Field(
            description="Resolution of the generated video (480p or 720p). 480p is 0.5 billing "
            "units, and 720p is 1 billing unit."
        ),
    ] = "720p"
    """Resolution of the generated video (480p or 720p). 480p is 0.5 billing units, and 720p is 1
    billing unit.
    """

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

    guide_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            le=10.0,
        ),
    ] = 5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """

    shift: Annotated[
        float, Field(description="Shift parameter for video generation.", ge=1.0, le=10.0)
    ] = 5
    """Shift parameter for video generation."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = False
    """Whether to enable prompt expansion."""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16", "1:1"],
        Field(description="Aspect ratio of the output video."),
    ] = "16:9"
    """Aspect ratio of the output video."""

    loras: Annotated[
        list[LoraWeight],
        Field(description="LoRA weights to be used in the inference.", validate_default=True),
    ] = []
    """LoRA weights to be used in the inference."""

    reverse_video: Annotated[bool, Field(description="If true, the video will be reversed.")] = (
        False
    )
    """If true, the video will be reversed."""

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


class WanI2vLoraOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
