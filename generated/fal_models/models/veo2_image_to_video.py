# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Veo2ImageToVideoInput(InputModel):
    prompt: Annotated[
        str, Field(description="The text prompt describing how the image should be animated")
    ]
    """The text prompt describing how the image should be animated"""

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to animate. Should be 720p or higher resolution "
            "in 16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it "
            "will be cropped to fit.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image to animate. Should be 720p or higher resolution in 16:9 or 9:16
    aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will be cropped to fit.
    """

    duration: Annotated[
        Literal["5s", "6s", "7s", "8s"],
        Field(description="The duration of the generated video in seconds"),
    ] = "5s"
    """The duration of the generated video in seconds"""


class Veo2ImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
