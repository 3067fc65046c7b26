# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Lyria2Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing the music you want to generate",
            max_length=2000,
            min_length=1,
        ),
    ]
    """The text prompt describing the music you want to generate"""

    negative_prompt: Annotated[
        str, Field(description="A description of what to exclude from the generated audio")
    ] = "low quality"
    """A description of what to exclude from the generated audio"""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="A seed for deterministic generation. If provided, the model will attempt "
            "to produce the same audio given the same prompt and other parameters."
        ),
    ] = MISSING
    """A seed for deterministic generation. If provided, the model will attempt to produce the
    same audio given the same prompt and other parameters.
    """


class Lyria2Output(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
