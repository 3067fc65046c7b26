# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxHailuo2_3FastStandardImageToVideoInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt for video generation", max_length=2000, min_length=1)
    ]
    """Text prompt for video generation"""

    prompt_optimizer: Annotated[
        bool, Field(description="Whether to use the model's prompt optimizer")
    ] = True
    """Whether to use the model's prompt optimizer"""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the first frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the first frame"""

    duration: Annotated[
        Literal["6", "10"], Field(description="The duration of the video in seconds.")
    ] = "6"
    """The duration of the video in seconds."""


class MinimaxHailuo2_3FastStandardImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
