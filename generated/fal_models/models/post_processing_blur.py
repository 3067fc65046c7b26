# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingBlurInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    blur_type: Annotated[
        Literal["gaussian", "kuwahara"], Field(description="Type of blur to apply")
    ] = "gaussian"
    """Type of blur to apply"""

    blur_radius: Annotated[int, Field(description="Blur radius", ge=0, le=31)] = 3
    """Blur radius"""

    blur_sigma: Annotated[float, Field(description="Sigma for Gaussian blur", ge=0.1, le=10.0)] = 1
    """Sigma for Gaussian blur"""


class PostProcessingBlurOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with blur effect")
    ]
    """The processed images with blur effect"""
