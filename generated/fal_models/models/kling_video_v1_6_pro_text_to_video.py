# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KlingVideoV1_6ProTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2500)]
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


class KlingVideoV1_6ProTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
