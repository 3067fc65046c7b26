# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageAppsV2OutpaintInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Image URL to outpaint"""
    expand_left: Annotated[int, Field(ge=0, le=700)] = 0
    """Number of pixels to add as black margin on the left side (0-700)."""
    expand_right: Annotated[int, Field(ge=0, le=700)] = 0
    """Number of pixels to add as black margin on the right side (0-700)."""
    expand_top: Annotated[int, Field(ge=0, le=700)] = 0
    """Number of pixels to add as black margin on the top side (0-700)."""
    expand_bottom: Annotated[int, Field(ge=0, le=700)] = 0
    """Number of pixels to add as black margin on the bottom side (0-700)."""
    zoom_out_percentage: Annotated[float, Field(ge=0.0, le=90.0)] = 20
    """Percentage to zoom out the image. If set, the image will be scaled down by this percentage
    and black margins will be added to maintain original size. Example: 50 means the image
    will be 50% of original size with black margins filling the rest.
    """
    prompt: Annotated[str, Field(max_length=500)] = ""
    """Optional prompt to guide the outpainting. If provided, it will be appended to the base
    outpaint instruction. Example: 'with a beautiful sunset in the background'
    """
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    sync_mode: bool = False
    """If True, the function will wait for the image to be generated and uploaded before
    returning the response. If False, the function will return immediately and the image will
    be generated asynchronously.
    """
    output_format: Literal["png", "jpeg", "jpg", "webp"] = "png"
    """The format of the output image."""


class ImageAppsV2OutpaintOutput(OutputModel):
    images: list[shared.Image]
    """Outpainted image with extended scene"""
    seed: int
    """The seed used for generation."""
