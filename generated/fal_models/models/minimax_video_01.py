# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxVideo01Input(InputModel):
    prompt: Annotated[str, Field(max_length=2000)]
    prompt_optimizer: Annotated[
        bool, Field(description="Whether to use the model's prompt optimizer")
    ] = True
    """Whether to use the model's prompt optimizer"""


class MinimaxVideo01Output(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
