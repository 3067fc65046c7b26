# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

SeriesAmount = TypeAliasType(
    "SeriesAmount",
    Annotated[
        int,
        Field(
            description="Number of images in series (2-9). Only used when result_type is 'series'.",
            ge=2,
            le=9,
        ),
    ],
)


class ElementInput(InputModel):
    """Element input for image generation with face/character control.

    Create an element by providing frontal_image_url (and optionally reference_image_urls).
    All fields are optional - provide what you have available.
    """

    frontal_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The frontal image of the element (main view). Optional.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The frontal image of the element (main view). Optional."""

    reference_image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Additional reference images from different angles. 0-3 images supported. "
            "Optional.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images from different angles. 0-3 images supported. Optional."""


class KlingImageO3ImageToImageInput(InputModel):
    """Request model for Kling O3 Image-to-Image Generation."""

    prompt: Annotated[
        str,
        Field(
            description="Text prompt for image generation. Reference images using @Image1, "
            "@Image2, etc. (or @Image if only one image). Max 2500 characters.",
            max_length=2500,
        ),
    ]
    """Text prompt for image generation. Reference images using @Image1, @Image2, etc. (or @Image
    if only one image). Max 2500 characters.
    """

    image_urls: Annotated[
        list[str],
        Field(
            description="List of reference images. Reference images in prompt using @Image1, "
            "@Image2, etc. (1-indexed). Max 10 images.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of reference images. Reference images in prompt using @Image1, @Image2, etc.
    (1-indexed). Max 10 images.
    """

    elements: Annotated[
        list[ElementInput] | None | MISSING,
        Field(
            description="Optional: Elements (characters/objects) for face control. Reference in "
            "prompt as @Element1, @Element2, etc."
        ),
    ] = MISSING
    """Optional: Elements (characters/objects) for face control. Reference in prompt as
    @Element1, @Element2, etc.
    """

    resolution: Annotated[
        Literal["1K", "2K", "4K"],
        Field(
            description="Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra "
            "high-res."
        ),
    ] = "1K"
    """Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res."""

    result_type: Annotated[
        Literal["single", "series"],
        Field(
            description="Result type. 'single' for one image, 'series' for a series of related "
            "images."
        ),
    ] = "single"
    """Result type. 'single' for one image, 'series' for a series of related images."""

    num_images: Annotated[
        int,
        Field(
            description="Number of images to generate (1-9). Only used when result_type is "
            "'single'.",
            ge=1,
            le=9,
        ),
    ] = 1
    """Number of images to generate (1-9). Only used when result_type is 'single'."""

    series_amount: Annotated[
        SeriesAmount | None | MISSING,
        Field(
            description="Number of images in series (2-9). Only used when result_type is 'series'."
        ),
    ] = MISSING
    """Number of images in series (2-9). Only used when result_type is 'series'."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"],
        Field(
            description="Aspect ratio of generated images. 'auto' intelligently determines based "
            "on input content."
        ),
    ] = "auto"
    """Aspect ratio of generated images. 'auto' intelligently determines based on input content."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool, Field(description="If `True`, the media will be returned as a data URI.")
    ] = False
    """If `True`, the media will be returned as a data URI."""


class KlingImageO3ImageToImageOutput(OutputModel):
    """Output model for Kling O3 Image Generation."""

    images: Annotated[list[shared.Image], Field(description="Generated images")]
    """Generated images"""
