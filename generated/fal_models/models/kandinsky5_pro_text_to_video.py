# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Kandinsky5ProTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    resolution: Annotated[
        Literal["512P", "1024P"], Field(description="Video resolution: 512p or 1024p.")
    ] = "512P"
    """Video resolution: 512p or 1024p."""

    aspect_ratio: Annotated[
        Literal["3:2", "1:1", "2:3"],
        Field(description="Aspect ratio of the generated video. One of (3:2, 1:1, 2:3)."),
    ] = "3:2"
    """Aspect ratio of the generated video. One of (3:2, 1:1, 2:3)."""

    duration: Annotated[
        Literal["5s"], Field(description="The length of the video to generate.")
    ] = "5s"
    """The length of the video to generate."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps.", ge=1, le=50)
    ] = 28
    """The number of inference steps."""

    acceleration: Annotated[
        Literal["none", "regular"] | None,
        Field(description="Acceleration level for faster generation."),
    ] = "regular"
    """Acceleration level for faster generation."""


class Kandinsky5ProTextToVideoOutput(OutputModel):
    video: Annotated[
        shared.File | None | MISSING, Field(description="The generated video file.")
    ] = MISSING
    """The generated video file."""
