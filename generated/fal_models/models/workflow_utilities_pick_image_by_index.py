# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WorkflowUtilitiesPickImageByIndexInput(InputModel):
    """Input model for selecting a single image from an array by 1-based index.

    Pass-through utility: the URL is returned as provided in the input,
    without fetching or re-uploading the image.
    """

    image_urls: Annotated[
        list[str],
        Field(
            description="Array of image URLs to select from", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """Array of image URLs to select from"""

    index: Annotated[
        int,
        Field(
            description="1-based position of the image to return. Value 1 returns the first "
            "image, 2 returns the second, and so on."
        ),
    ]
    """1-based position of the image to return. Value 1 returns the first image, 2 returns the
    second, and so on.
    """

    fallback_index: Annotated[
        Literal["first-image", "last-image"],
        Field(
            description="Behavior when `index` exceeds the length of `image_urls`. When "
            "`first-image`, returns the first image in the array. When `last-image`, returns the "
            "last image in the array. This input has no effect when `index` is within range, when "
            "`index` is below 1, or when `image_urls` is empty (the latter two cases still return "
            "validation errors). Default is `first-image`."
        ),
    ] = "first-image"
    """Behavior when `index` exceeds the length of `image_urls`. When `first-image`, returns the
    first image in the array. When `last-image`, returns the last image in the array. This
    input has no effect when `index` is within range, when `index` is below 1, or when
    `image_urls` is empty (the latter two cases still return validation errors). Default is
    `first-image`.
    """


class WorkflowUtilitiesPickImageByIndexOutput(OutputModel):
    """Output model for the picked image."""

    image: Annotated[shared.Image, Field(description="The image at the requested position")]
    """The image at the requested position"""

    images: Annotated[
        list[shared.Image],
        Field(
            description="Single-element array containing the selected image. Included so "
            "downstream nodes that expect an `images` reference (matching merge and other "
            "utilities) work without changes."
        ),
    ]
    """Single-element array containing the selected image. Included so downstream nodes that
    expect an `images` reference (matching merge and other utilities) work without changes.
    """
