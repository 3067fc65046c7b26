# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramV2TurboRemixInput(InputModel):
    prompt: str
    """The prompt to remix the image with"""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image URL to remix"""
    aspect_ratio: Literal[
        "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
    ] = "1:1"
    """The aspect ratio of the generated image"""
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.8
    """Strength of the input image in the remix"""
    expand_prompt: bool = True
    """Whether to expand the prompt with MagicPrompt functionality."""
    seed: int | None | MISSING = MISSING
    """Seed for the random number generator"""
    style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"] = "auto"
    """The style of the generated image"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class IdeogramV2TurboRemixOutput(OutputModel):
    images: list[shared.File]
    seed: int
    """Seed used for the random number generator"""
