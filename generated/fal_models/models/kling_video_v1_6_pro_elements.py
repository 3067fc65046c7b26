# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KlingVideoV1_6ProElementsInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
    input_image_urls: Annotated[
        list[str],
        Field(
            description="List of image URLs to use for video generation. Supports up to 4 images.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of image URLs to use for video generation. Supports up to 4 images."""

    duration: Annotated[
        Literal["5", "10"], Field(description="The duration of the generated video in seconds")
    ] = "5"
    """The duration of the generated video in seconds"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video frame"),
    ] = "16:9"
    """The aspect ratio of the generated video frame"""

    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"


class KlingVideoV1_6ProElementsOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
