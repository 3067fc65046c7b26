# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Veo2Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing the video you want to generate", min_length=1
        ),
    ]
    """The text prompt describing the video you want to generate"""

    aspect_ratio: Annotated[
        Literal["9:16", "16:9", "1:1"], Field(description="The aspect ratio of the generated video")
    ] = "16:9"
    """The aspect ratio of the generated video"""

    duration: Annotated[
        Literal["5s", "6s", "7s", "8s"],
        Field(description="The duration of the generated video in seconds"),
    ] = "5s"
    """The duration of the generated video in seconds"""

    negative_prompt: Annotated[
        str | None | MISSING, Field(description="A negative prompt to guide the video generation")
    ] = MISSING
    """A negative prompt to guide the video generation"""

    enhance_prompt: Annotated[
        bool, Field(description="Whether to enhance the video generation")
    ] = True
    """Whether to enhance the video generation"""

    seed: Annotated[
        int | None | MISSING, Field(description="A seed to use for the video generation")
    ] = MISSING
    """A seed to use for the video generation"""

    auto_fix: Annotated[
        bool,
        Field(
            description="Whether to automatically attempt to fix prompts that fail content policy "
            "or other validation checks by rewriting them"
        ),
    ] = True
    """Whether to automatically attempt to fix prompts that fail content policy or other
    validation checks by rewriting them
    """


class Veo2Output(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
