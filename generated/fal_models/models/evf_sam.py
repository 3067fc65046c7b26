# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class EvfSamInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate segmentation from.")]
    """The prompt to generate segmentation from."""

    negative_prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Areas to exclude from segmentation (will be subtracted from prompt "
            "results)"
        ),
    ] = MISSING
    """Areas to exclude from segmentation (will be subtracted from prompt results)"""

    semantic_type: Annotated[
        bool,
        Field(
            description="Enable semantic level segmentation for body parts, background or multi "
            "objects"
        ),
    ] = False
    """Enable semantic level segmentation for body parts, background or multi objects"""

    image_url: Annotated[
        str, Field(description="URL of the input image", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input image"""

    mask_only: Annotated[
        bool, Field(description="Output only the binary mask instead of masked image")
    ] = True
    """Output only the binary mask instead of masked image"""

    use_grounding_dino: Annotated[
        bool, Field(description="Use GroundingDINO instead of SAM for segmentation")
    ] = False
    """Use GroundingDINO instead of SAM for segmentation"""

    revert_mask: Annotated[
        bool, Field(description="Invert the mask (background becomes foreground and vice versa)")
    ] = False
    """Invert the mask (background becomes foreground and vice versa)"""

    blur_mask: Annotated[
        int,
        Field(
            description="Apply Gaussian blur to the mask. Value determines kernel size (must be "
            "odd number)",
            ge=0,
            le=50,
        ),
    ] = 0
    """Apply Gaussian blur to the mask. Value determines kernel size (must be odd number)"""

    expand_mask: Annotated[
        int, Field(description="Expand/dilate the mask by specified pixels", ge=0, le=20)
    ] = 0
    """Expand/dilate the mask by specified pixels"""

    fill_holes: Annotated[
        bool, Field(description="Fill holes in the mask using morphological operations")
    ] = False
    """Fill holes in the mask using morphological operations"""


class EvfSamOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The segmented output image")]
    """The segmented output image"""
