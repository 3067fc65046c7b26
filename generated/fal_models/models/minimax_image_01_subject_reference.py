# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxImage01SubjectReferenceInput(InputModel):
    prompt: Annotated[str, Field(max_length=1500, min_length=1)]
    """Text prompt for image generation (max 1500 characters)"""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the subject reference image to use for consistent character appearance"""
    aspect_ratio: Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"] = "1:1"
    """Aspect ratio of the generated image"""
    num_images: Annotated[int, Field(ge=1, le=9)] = 1
    """Number of images to generate (1-9)"""
    prompt_optimizer: bool = False
    """Whether to enable automatic prompt optimization"""


class MinimaxImage01SubjectReferenceOutput(OutputModel):
    images: list[shared.File]
    """Generated images"""
