# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KlingV3ImageElementInput(InputModel):
    frontal_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The frontal image of the element (main view).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The frontal image of the element (main view)."""

    reference_image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Additional reference images from different angles. 1-3 images supported. "
            "At least one image is required.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images from different angles. 1-3 images supported. At least one
    image is required.
    """


class KlingVideoO3StandardVideoToVideoEditInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for video generation. Reference video as @Video1.",
            max_length=2500,
        ),
    ]
    """Text prompt for video generation. Reference video as @Video1."""

    video_url: Annotated[
        str,
        Field(
            description="Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px "
            "resolution, max 200MB.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px resolution, max
    200MB.
    """

    image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Reference images for style/appearance. Reference in prompt as @Image1, "
            "@Image2, etc. Maximum 4 total (elements + reference images) when using video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference images for style/appearance. Reference in prompt as @Image1, @Image2, etc.
    Maximum 4 total (elements + reference images) when using video.
    """

    keep_audio: Annotated[
        bool, Field(description="Whether to keep the original audio from the reference video.")
    ] = True
    """Whether to keep the original audio from the reference video."""

    elements: Annotated[
        list[KlingV3ImageElementInput] | None | MISSING,
        Field(
            description="Elements (characters/objects) to include. Reference in prompt as "
            "@Element1, @Element2."
        ),
    ] = MISSING
    """Elements (characters/objects) to include. Reference in prompt as @Element1, @Element2."""

    shot_type: Annotated[
        Literal["customize"], Field(description="The type of multi-shot video generation.")
    ] = "customize"
    """The type of multi-shot video generation."""


class KlingVideoO3StandardVideoToVideoEditOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
