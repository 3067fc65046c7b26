# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KlingVideoV2_1ProImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be used for the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be used for the video"""

    duration: Annotated[
        Literal["5", "10"], Field(description="The duration of the generated video in seconds")
    ] = "5"
    """The duration of the generated video in seconds"""

    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """

    tail_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the image to be used for the end of the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the image to be used for the end of the video"""


class KlingVideoV2_1ProImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
