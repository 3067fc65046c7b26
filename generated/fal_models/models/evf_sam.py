# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class EvfSamInput(InputModel):
    prompt: str
    """The prompt to generate segmentation from."""
    negative_prompt: str | None | MISSING = MISSING
    """Areas to exclude from segmentation (will be subtracted from prompt results)"""
    semantic_type: bool = False
    """Enable semantic level segmentation for body parts, background or multi objects"""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image"""
    mask_only: bool = True
    """Output only the binary mask instead of masked image"""
    use_grounding_dino: bool = False
    """Use GroundingDINO instead of SAM for segmentation"""
    revert_mask: bool = False
    """Invert the mask (background becomes foreground and vice versa)"""
    blur_mask: Annotated[int, Field(ge=0, le=50)] = 0
    """Apply Gaussian blur to the mask. Value determines kernel size (must be odd number)"""
    expand_mask: Annotated[int, Field(ge=0, le=20)] = 0
    """Expand/dilate the mask by specified pixels"""
    fill_holes: bool = False
    """Fill holes in the mask using morphological operations"""


class EvfSamOutput(OutputModel):
    image: shared.File
    """The segmented output image"""
