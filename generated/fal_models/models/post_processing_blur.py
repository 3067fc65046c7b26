# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingBlurInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    blur_type: Literal["gaussian", "kuwahara"] = "gaussian"
    """Type of blur to apply"""
    blur_radius: Annotated[int, Field(ge=0, le=31)] = 3
    """Blur radius"""
    blur_sigma: Annotated[float, Field(ge=0.1, le=10.0)] = 1
    """Sigma for Gaussian blur"""


class PostProcessingBlurOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with blur effect"""
