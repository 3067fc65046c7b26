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
            description="Number of frames to generate. Must be between 81 to 100 (inclusive). "
            "Works only with only reference images as input if source video or mask video is "
            "provided output len would be same as source up to 241 frames",
            ge=81,
            le=240,
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


class WanVaceInput(InputModel):
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
        Field(
            description="Number of frames to generate. Must be between 81 to 100 (inclusive). "
            "Works only with only reference images as input if source video or mask video is "
            "provided output len would be same as source up to 241 frames"
        ),
    ] = 81
    """Number of frames to generate. Must be between 81 to 100 (inclusive). Works only with only
    reference images as input if source video or mask video is provided output len would be
    same as source up to 241 frames
    """

    frames_per_second: Annotated[
        FramesPerSecond | None,
        Field(description="Frames per second of the generated video. Must be between 5 to 24."),
    ] = 16
    """Frames per second of the generated video. Must be between 5 to 24."""

    task: Annotated[
        Literal["depth", "inpainting"], Field(description="Task type for the model.")
    ] = "depth"
    """Task type for the model."""

    shift: Annotated[
        float, Field(description="Shift parameter for video generation.", ge=1.0, le=10.0)
    ] = 5
    """Shift parameter for video generation."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="Resolution of the generated video (480p,580p, or 720p)."),
    ] = "720p"
    """Resolution of the generated video (480p,580p, or 720p)."""

    aspect_ratio: Annotated[
        Literal["auto", "9:16", "16:9"],
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

    video_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to the source video file. If provided, the model will use this video "
            "as a reference.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the source video file. If provided, the model will use this video as a reference."""

    mask_video_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to the source mask file. If provided, the model will use this mask "
            "as a reference.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the source mask file. If provided, the model will use this mask as a reference."""

    mask_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to the guiding mask file. If provided, the model will use this mask "
            "as a reference to create masked video. If provided mask video url will be ignored.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the guiding mask file. If provided, the model will use this mask as a reference to
    create masked video. If provided mask video url will be ignored.
    """

    ref_image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Urls to source reference image. If provided, the model will use this "
            "image as reference.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Urls to source reference image. If provided, the model will use this image as reference."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = False
    """Whether to enable prompt expansion."""

    preprocess: Annotated[bool, Field(description="Whether to preprocess the input video.")] = False
    """Whether to preprocess the input video."""


class WanVaceOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
