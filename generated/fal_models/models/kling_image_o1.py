# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


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


class KlingImageO1Input(InputModel):
    """Request model for Kling O1 Omni Image (legacy)."""

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
            description="Elements (characters/objects) to include in the image. Reference in "
            "prompt as @Element1, @Element2, etc. Maximum 10 total (elements + reference images)."
        ),
    ] = MISSING
    """Elements (characters/objects) to include in the image. Reference in prompt as @Element1,
    @Element2, etc. Maximum 10 total (elements + reference images).
    """

    resolution: Annotated[
        Literal["1K", "2K"],
        Field(description="Image generation resolution. 1K: standard, 2K: high-res."),
    ] = "1K"
    """Image generation resolution. 1K: standard, 2K: high-res."""

    num_images: Annotated[
        int, Field(description="Number of images to generate (1-9).", ge=1, le=9)
    ] = 1
    """Number of images to generate (1-9)."""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"],
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
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class KlingImageO1Output(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated images")]
    """Generated images"""
