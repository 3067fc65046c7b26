# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class OneToAllAnimation14bInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate the video from.")
    ]
    """The negative prompt to generate the video from."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as a reference for the video generation."""

    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to use as a reference for the video generation."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="The resolution of the video to generate."),
    ] = "480p"
    """The resolution of the video to generate."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for the video generation.",
            ge=2,
            le=30,
        ),
    ] = 30
    """The number of inference steps to use for the video generation."""

    image_guidance_scale: Annotated[
        float,
        Field(
            description="The image guidance scale to use for the video generation.", ge=1.0, le=10.0
        ),
    ] = 2
    """The image guidance scale to use for the video generation."""

    pose_guidance_scale: Annotated[
        float,
        Field(
            description="The pose guidance scale to use for the video generation.", ge=1.0, le=10.0
        ),
    ] = 1.5
    """The pose guidance scale to use for the video generation."""


class OneToAllAnimation14bOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
