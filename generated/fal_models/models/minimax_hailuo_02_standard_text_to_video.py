# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxHailuo02StandardTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2000, min_length=1)]
    duration: Annotated[
        Literal["6", "10"],
        Field(
            description="The duration of the video in seconds. 10 seconds videos are not "
            "supported for 1080p resolution."
        ),
    ] = "6"
    """The duration of the video in seconds. 10 seconds videos are not supported for 1080p
    resolution.
    """

    prompt_optimizer: Annotated[
        bool, Field(description="Whether to use the model's prompt optimizer")
    ] = True
    """Whether to use the model's prompt optimizer"""


class MinimaxHailuo02StandardTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
