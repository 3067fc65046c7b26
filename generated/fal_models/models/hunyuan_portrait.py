# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanPortraitInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="The URL of the driving video.", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the driving video."""

    image_url: Annotated[
        str,
        Field(description="The URL of the source image.", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the source image."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for generation. If None, a random seed will be used."),
    ] = MISSING
    """Random seed for generation. If None, a random seed will be used."""

    use_arcface: Annotated[
        bool, Field(description="Whether to use ArcFace for face recognition.")
    ] = True
    """Whether to use ArcFace for face recognition."""


class HunyuanPortraitOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="The generated video with the portrait animation.")
    ]
    """The generated video with the portrait animation."""
