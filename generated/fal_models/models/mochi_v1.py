# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MochiV1Input(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate a video from.")]
    """The prompt to generate a video from."""

    negative_prompt: Annotated[str, Field(description="The negative prompt for the video.")] = ""
    """The negative prompt for the video."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating the video.")
    ] = MISSING
    """The seed to use for generating the video."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = True
    """Whether to enable prompt expansion."""


class MochiV1Output(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
