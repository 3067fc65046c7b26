# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class WanMotionInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the driving video (provides the motion).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the driving video (provides the motion)."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the reference image (provides the character appearance).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the reference image (provides the character appearance)."""

    prompt: Annotated[str, Field(description="Optional text prompt to guide the generation.")] = ""
    """Optional text prompt to guide the generation."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    acceleration: Annotated[
        Literal["none", "regular"],
        Field(
            description="Acceleration level to use. 'regular' enables caching for faster "
            "generation, 'none' disables it."
        ),
    ] = "regular"
    """Acceleration level to use. 'regular' enables caching for faster generation, 'none'
    disables it.
    """

    adapt_motion: Annotated[
        bool,
        Field(
            description="Adapts the driving video's motion to match the reference image's body "
            "proportions. Recommended when the driving video subject and reference image have "
            "different body shapes or sizes."
        ),
    ] = True
    """Adapts the driving video's motion to match the reference image's body proportions.
    Recommended when the driving video subject and reference image have different body shapes
    or sizes.
    """

    enhance_identity: Annotated[
        bool,
        Field(
            description="Enhances identity preservation by preprocessing the reference image with "
            "Flux Kontext Edit before animation. Produces more faithful face and appearance "
            "transfer at the cost of slightly longer processing time."
        ),
    ] = False
    """Enhances identity preservation by preprocessing the reference image with Flux Kontext Edit
    before animation. Produces more faithful face and appearance transfer at the cost of
    slightly longer processing time.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, input and output will be checked for safety.")
    ] = True
    """If set to true, input and output will be checked for safety."""


class WanMotionOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    prompt: Annotated[str, Field(description="The prompt used for generation.")] = ""
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
