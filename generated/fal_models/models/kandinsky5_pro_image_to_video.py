# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Kandinsky5ProImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as a reference for the video generation."""

    resolution: Annotated[
        Literal["512P", "1024P"], Field(description="Video resolution: 512p or 1024p.")
    ] = "512P"
    """Video resolution: 512p or 1024p."""

    duration: Annotated[Literal["5s"], Field(description="Video duration.")] = "5s"
    """Video duration."""

    num_inference_steps: Annotated[int, Field(ge=1, le=40)] = 28
    acceleration: Annotated[
        Literal["none", "regular"] | None,
        Field(description="Acceleration level for faster generation."),
    ] = "regular"
    """Acceleration level for faster generation."""


class Kandinsky5ProImageToVideoOutput(OutputModel):
    video: Annotated[
        shared.File | None | MISSING, Field(description="The generated video file.")
    ] = MISSING
    """The generated video file."""
