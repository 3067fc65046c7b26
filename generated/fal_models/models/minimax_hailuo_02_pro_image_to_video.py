# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MinimaxHailuo02ProImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=2000)]
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    prompt_optimizer: Annotated[
        bool, Field(description="Whether to use the model's prompt optimizer")
    ] = True
    """Whether to use the model's prompt optimizer"""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL of the image to use as the last frame of the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL of the image to use as the last frame of the video"""


class MinimaxHailuo02ProImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
