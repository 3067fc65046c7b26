# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VideoAsPromptInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    video_url: Annotated[
        str,
        Field(
            description="reference video to generate effect video from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """reference video to generate effect video from."""

    image_url: Annotated[
        str,
        Field(
            description="Input image to generate the effect video for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input image to generate the effect video for."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible generation. If set none, a random seed will "
            "be used."
        ),
    ] = MISSING
    """Random seed for reproducible generation. If set none, a random seed will be used."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=1, le=100)
    ] = 49
    """The number of frames to generate."""

    fps: Annotated[
        int,
        Field(
            description="Frames per second for the output video. Only applicable if output_type "
            "is 'video'.",
            ge=1,
            le=60,
        ),
    ] = 16
    """Frames per second for the output video. Only applicable if output_type is 'video'."""

    video_description: Annotated[
        str, Field(description="A brief description of the input video content.")
    ]
    """A brief description of the input video content."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="Aspect ratio of the generated video.")
    ] = "9:16"
    """Aspect ratio of the generated video."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"], Field(description="Resolution of the generated video.")
    ] = "480p"
    """Resolution of the generated video."""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for generation.", ge=1.0, le=20.0)
    ] = 5
    """Guidance scale for generation."""


class VideoAsPromptOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The URLs of the generated video.")]
    """The URLs of the generated video."""
