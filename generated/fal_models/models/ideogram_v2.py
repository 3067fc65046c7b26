# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramV2Input(InputModel):
    prompt: str
    aspect_ratio: Literal[
        "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
    ] = "1:1"
    """The aspect ratio of the generated image"""
    expand_prompt: bool = True
    """Whether to expand the prompt with MagicPrompt functionality."""
    seed: int | None | MISSING = MISSING
    """Seed for the random number generator"""
    style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"] = "auto"
    """The style of the generated image"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    negative_prompt: str = ""
    """A negative prompt to avoid in the generated image"""


class IdeogramV2Output(OutputModel):
    images: list[shared.File]
    seed: int
    """Seed used for the random number generator"""
