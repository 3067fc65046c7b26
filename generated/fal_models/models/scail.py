# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ScailInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to guide video generation.")]
    """The prompt to guide video generation."""

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

    multi_character: Annotated[
        bool,
        Field(
            description="Enable multi-character mode. Use when driving video has multiple people."
        ),
    ] = False
    """Enable multi-character mode. Use when driving video has multiple people."""

    resolution: Annotated[
        Literal["512p"],
        Field(
            description="Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) "
            "based on the input image aspect ratio."
        ),
    ] = "512p"
    """Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based on the input
    image aspect ratio.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for the video generation.",
            ge=2,
            le=30,
        ),
    ] = 28
    """The number of inference steps to use for the video generation."""


class ScailOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
