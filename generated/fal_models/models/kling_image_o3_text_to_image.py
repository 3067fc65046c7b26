# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElementInput(InputModel):
    """Element input for image generation with face/character control.

    Create an element by providing frontal_image_url (and optionally reference_image_urls).
    All fields are optional - provide what you have available.
    """

    frontal_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """The frontal image of the element (main view). Optional."""
    reference_image_urls: Annotated[
        list[str] | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Additional reference images from different angles. 0-3 images supported. Optional."""


class KlingImageO3TextToImageInput(InputModel):
    """Request model for Kling O3 Text-to-Image Generation."""

    prompt: Annotated[str, Field(max_length=2500)]
    """Text prompt for image generation. Max 2500 characters."""
    elements: list[ElementInput] | None | MISSING = MISSING
    """Optional: Elements (characters/objects) for face control. Reference in prompt as
    @Element1, @Element2, etc.
    """
    resolution: Literal["1K", "2K", "4K"] = "1K"
    """Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res."""
    result_type: Literal["single", "series"] = "single"
    """Result type. 'single' for one image, 'series' for a series of related images."""
    num_images: Annotated[int, Field(ge=1, le=9)] = 1
    """Number of images to generate (1-9). Only used when result_type is 'single'."""
    series_amount: SeriesAmount | None | MISSING = MISSING
    """Number of images in series (2-9). Only used when result_type is 'series'."""
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"] = "16:9"
    """Aspect ratio of generated images."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI."""


class KlingImageO3TextToImageOutput(OutputModel):
    """Output model for Kling O3 Image Generation."""

    images: list[shared.Image]
    """Generated images"""


SeriesAmount = TypeAliasType("SeriesAmount", Annotated[int, Field(ge=2, le=9)])
"""Number of images in series (2-9). Only used when result_type is 'series'."""
