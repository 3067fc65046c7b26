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


class KlingImageV3ImageToImageInput(InputModel):
    """Request model for Kling V3 Image-to-Image Generation."""

    prompt: Annotated[
        str,
        Field(
            description="Text prompt for image generation. Max 2500 characters.", max_length=2500
        ),
    ]
    """Text prompt for image generation. Max 2500 characters."""

    image_url: Annotated[
        str,
        Field(
            description="Reference image for image-to-image generation. Max file size: 10.0MB, "
            "Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, "
            "Timeout: 20.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference image for image-to-image generation. Max file size: 10.0MB, Min width: 300px,
    Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, Timeout: 20.0s
    """

    elements: Annotated[
        list[ElementInput] | None | MISSING,
        Field(
            description="Optional: Elements (characters/objects) to include in the image for face "
            "control."
        ),
    ] = MISSING
    """Optional: Elements (characters/objects) to include in the image for face control."""

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
        Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"],
        Field(description="Aspect ratio of generated images."),
    ] = "16:9"
    """Aspect ratio of generated images."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool, Field(description="If `True`, the media will be returned as a data URI.")
    ] = False
    """If `True`, the media will be returned as a data URI."""


class KlingImageV3ImageToImageOutput(OutputModel):
    """Output model for Kling V3 Image Generation."""

    images: Annotated[list[shared.Image], Field(description="Generated images")]
    """Generated images"""
