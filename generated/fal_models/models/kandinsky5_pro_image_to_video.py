# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Kandinsky5ProImageToVideoInput(InputModel):
    prompt: str
    """The prompt to generate the video from."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to use as a reference for the video generation."""
    resolution: Literal["512P", "1024P"] = "512P"
    """Video resolution: 512p or 1024p."""
    duration: Literal["5s"] = "5s"
    """Video duration."""
    num_inference_steps: Annotated[int, Field(ge=1, le=40)] = 28
    acceleration: Literal["none", "regular"] | None = "regular"
    """Acceleration level for faster generation."""


class Kandinsky5ProImageToVideoOutput(OutputModel):
    video: shared.File | None | MISSING = MISSING
    """The generated video file."""
