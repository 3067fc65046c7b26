# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramV2aInput(InputModel):
    prompt: str
    aspect_ratio: Annotated[
        Literal["10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"],
        Field(description="The aspect ratio of the generated image"),
    ] = "1:1"
    """The aspect ratio of the generated image"""

    expand_prompt: Annotated[
        bool, Field(description="Whether to expand the prompt with MagicPrompt functionality.")
    ] = True
    """Whether to expand the prompt with MagicPrompt functionality."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator")
    ] = MISSING
    """Seed for the random number generator"""

    style: Annotated[
        Literal["auto", "general", "realistic", "design", "render_3D", "anime"],
        Field(description="The style of the generated image"),
    ] = "auto"
    """The style of the generated image"""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class IdeogramV2aOutput(OutputModel):
    images: list[shared.File]
    seed: Annotated[int, Field(description="Seed used for the random number generator")]
    """Seed used for the random number generator"""
