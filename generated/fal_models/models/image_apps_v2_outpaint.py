# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageAppsV2OutpaintInput(InputModel):
    image_url: Annotated[
        str, Field(description="Image URL to outpaint", json_schema_extra={"x-fal-file": True})
    ]
    """Image URL to outpaint"""

    expand_left: Annotated[
        int,
        Field(
            description="Number of pixels to add as black margin on the left side (0-700).",
            ge=0,
            le=700,
        ),
    ] = 0
    """Number of pixels to add as black margin on the left side (0-700)."""

    expand_right: Annotated[
        int,
        Field(
            description="Number of pixels to add as black margin on the right side (0-700).",
            ge=0,
            le=700,
        ),
    ] = 0
    """Number of pixels to add as black margin on the right side (0-700)."""

    expand_top: Annotated[
        int,
        Field(
            description="Number of pixels to add as black margin on the top side (0-700).",
            ge=0,
            le=700,
        ),
    ] = 0
    """Number of pixels to add as black margin on the top side (0-700)."""

    expand_bottom: Annotated[
        int,
        Field(
            description="Number of pixels to add as black margin on the bottom side (0-700).",
            ge=0,
            le=700,
        ),
    ] = 0
    """Number of pixels to add as black margin on the bottom side (0-700)."""

    zoom_out_percentage: Annotated[
        float,
        Field(
            description="Percentage to zoom out the image. If set, the image will be scaled down "
            "by this percentage and black margins will be added to maintain original size. "
            "Example: 50 means the image will be 50% of original size with black margins filling "
            "the rest.",
            ge=0.0,
            le=90.0,
        ),
    ] = 20
    """Percentage to zoom out the image. If set, the image will be scaled down by this percentage
    and black margins will be added to maintain original size. Example: 50 means the image
    will be 50% of original size with black margins filling the rest.
    """

    prompt: Annotated[
        str,
        Field(
            description="Optional prompt to guide the outpainting. If provided, it will be "
            "appended to the base outpaint instruction. Example: 'with a beautiful sunset in the "
            "background'",
            max_length=500,
        ),
    ] = ""
    """Optional prompt to guide the outpainting. If provided, it will be appended to the base
    outpaint instruction. Example: 'with a beautiful sunset in the background'
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If True, the function will wait for the image to be generated and "
            "uploaded before returning the response. If False, the function will return "
            "immediately and the image will be generated asynchronously."
        ),
    ] = False
    """If True, the function will wait for the image to be generated and uploaded before
    returning the response. If False, the function will return immediately and the image will
    be generated asynchronously.
    """

    output_format: Annotated[
        Literal["png", "jpeg", "jpg", "webp"], Field(description="The format of the output image.")
    ] = "png"
    """The format of the output image."""


class ImageAppsV2OutpaintOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Outpainted image with extended scene")]
    """Outpainted image with extended scene"""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
