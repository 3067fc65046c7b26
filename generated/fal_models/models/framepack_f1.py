# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FramepackF1Input(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt for video generation (max 500 characters).")
    ]
    """Text prompt for video generation (max 500 characters)."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = ""
    """Negative prompt for video generation."""

    image_url: Annotated[
        str, Field(description="URL of the image input.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the image input."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating the video.")
    ] = MISSING
    """The seed to use for generating the video."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="The aspect ratio of the video to generate.")
    ] = "16:9"
    """The aspect ratio of the video to generate."""

    resolution: Annotated[
        Literal["720p", "480p"],
        Field(
            description="The resolution of the video to generate. 720p generations cost 1.5x more "
            "than 480p generations."
        ),
    ] = "480p"
    """The resolution of the video to generate. 720p generations cost 1.5x more than 480p
    generations.
    """

    cfg_scale: Annotated[
        float,
        Field(description="Classifier-Free Guidance scale for the generation.", ge=0.0, le=7.0),
    ] = 1
    """Classifier-Free Guidance scale for the generation."""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for the generation.", ge=0.0, le=32.0)
    ] = 10
    """Guidance scale for the generation."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=30, le=900)
    ] = 180
    """The number of frames to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""


class FramepackF1Output(OutputModel):
    video: shared.File
    seed: Annotated[int, Field(description="The seed used for generating the video.")]
    """The seed used for generating the video."""
