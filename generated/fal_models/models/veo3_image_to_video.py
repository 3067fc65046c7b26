# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Veo3ImageToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing how the image should be animated",
            max_length=20000,
        ),
    ]
    """The text prompt describing how the image should be animated"""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16"],
        Field(description="The aspect ratio of the generated video."),
    ] = "auto"
    """The aspect ratio of the generated video."""

    duration: Annotated[
        Literal["4s", "6s", "8s"], Field(description="The duration of the generated video.")
    ] = "8s"
    """The duration of the generated video."""

    negative_prompt: Annotated[
        str | None | MISSING, Field(description="A negative prompt to guide the video generation.")
    ] = MISSING
    """A negative prompt to guide the video generation."""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="The resolution of the generated video.")
    ] = "720p"
    """The resolution of the generated video."""

    generate_audio: Annotated[
        bool, Field(description="Whether to generate audio for the video.")
    ] = True
    """Whether to generate audio for the video."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    auto_fix: Annotated[
        bool,
        Field(
            description="Whether to automatically attempt to fix prompts that fail content policy "
            "or other validation checks by rewriting them."
        ),
    ] = False
    """Whether to automatically attempt to fix prompts that fail content policy or other
    validation checks by rewriting them.
    """

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5", "6"],
        Field(
            description="The safety tolerance level for content moderation. 1 is the most strict "
            "(blocks most content), 6 is the least strict."
        ),
    ] = "4"
    """The safety tolerance level for content moderation. 1 is the most strict (blocks most
    content), 6 is the least strict.
    """

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to animate. Should be 720p or higher resolution "
            "in 16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it "
            "will be cropped to fit.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image to animate. Should be 720p or higher resolution in 16:9 or 9:16
    aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will be cropped to fit.
    """


class Veo3ImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
