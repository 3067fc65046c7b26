# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanMotionInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the driving video (provides the motion)."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the reference image (provides the character appearance)."""
    prompt: str = ""
    """Optional text prompt to guide the generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""
    acceleration: Literal["none", "regular"] = "regular"
    """Acceleration level to use. 'regular' enables caching for faster generation, 'none'
    disables it.
    """
    adapt_motion: bool = True
    """Adapts the driving video's motion to match the reference image's body proportions.
    Recommended when the driving video subject and reference image have different body shapes
    or sizes.
    """
    enhance_identity: bool = False
    """Enhances identity preservation by preprocessing the reference image with Flux Kontext Edit
    before animation. Produces more faithful face and appearance transfer at the cost of
    slightly longer processing time.
    """
    enable_safety_checker: bool = True
    """If set to true, input and output will be checked for safety."""


class WanMotionOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    prompt: str = ""
    """The prompt used for generation."""
    seed: int
    """The seed used for generation."""
