# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class LumaPhotonInput(InputModel):
    prompt: Annotated[str, Field(max_length=5000, min_length=3)]
    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21"],
        Field(description="The aspect ratio of the generated video"),
    ] = "1:1"
    """The aspect ratio of the generated video"""


class LumaPhotonOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="The generated image")]
    """The generated image"""
