# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Kandinsky5TextToVideoDistillInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    resolution: Annotated[
        Literal["768x512"],
        Field(
            description="Resolution of the generated video in W:H format. Will be calculated "
            "based on the aspect ratio(768x512, 512x512, 512x768)."
        ),
    ] = "768x512"
    """Resolution of the generated video in W:H format. Will be calculated based on the aspect
    ratio(768x512, 512x512, 512x768).
    """

    aspect_ratio: Annotated[
        Literal["3:2", "1:1", "2:3"],
        Field(description="Aspect ratio of the generated video. One of (3:2, 1:1, 2:3)."),
    ] = "3:2"
    """Aspect ratio of the generated video. One of (3:2, 1:1, 2:3)."""

    duration: Annotated[
        Literal["5s", "10s"], Field(description="The length of the video to generate (5s or 10s)")
    ] = "5s"
    """The length of the video to generate (5s or 10s)"""


class Kandinsky5TextToVideoDistillOutput(OutputModel):
    video: Annotated[
        shared.File | None | MISSING, Field(description="The generated video file.")
    ] = MISSING
    """The generated video file."""
