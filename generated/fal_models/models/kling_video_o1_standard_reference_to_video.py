# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OmniVideoElementInput(InputModel):
    frontal_image_url: Annotated[
        str,
        Field(
            description="The frontal image of the element (main view). Max file size: 10.0MB, Min "
            "width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, "
            "Timeout: 20.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The frontal image of the element (main view). Max file size: 10.0MB, Min width: 300px, Min
    height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, Timeout: 20.0s
    """

    reference_image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="Additional reference images from different angles. 1-3 images supported. "
            "At least one image is required.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images from different angles. 1-3 images supported. At least one
    image is required.
    """


class KlingVideoO1StandardReferenceToVideoInput(InputModel):
    """Input for start-frame video generation with optional reference images and elements."""

    prompt: Annotated[
        str,
        Field(
            description="Take @Element1, @Element2 to reference elements and @Image1, @Image2 to "
            "reference images in order.",
            max_length=2500,
        ),
    ]
    """Take @Element1, @Element2 to reference elements and @Image1, @Image2 to reference images
    in order.
    """

    image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Additional reference images for style/appearance. Reference in prompt as "
            "@Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images for style/appearance. Reference in prompt as @Image1, @Image2,
    etc. Maximum 7 total (elements + reference images + start image).
    """

    elements: Annotated[
        list[OmniVideoElementInput] | None | MISSING,
        Field(
            description="Elements (characters/objects) to include in the video. Reference in "
            "prompt as @Element1, @Element2, etc. Maximum 7 total (elements + reference images + "
            "start image)."
        ),
    ] = MISSING
    """Elements (characters/objects) to include in the video. Reference in prompt as @Element1,
    @Element2, etc. Maximum 7 total (elements + reference images + start image).
    """

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10"],
        Field(description="Video duration in seconds."),
    ] = "5"
    """Video duration in seconds."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video frame."),
    ] = "16:9"
    """The aspect ratio of the generated video frame."""


class KlingVideoO1StandardReferenceToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
