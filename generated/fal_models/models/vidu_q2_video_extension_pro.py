# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=3000)])
"""text prompt to guide the video extension"""


class ViduQ2VideoExtensionProInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video to extend"""
    prompt: Prompt | None | MISSING = MISSING
    """text prompt to guide the video extension"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    duration: Literal[2, 3, 4, 5, 6, 7] = 4
    """Duration of the extension in seconds"""
    resolution: Literal["720p", "1080p"] = "720p"
    """Output video resolution"""


class ViduQ2VideoExtensionProOutput(OutputModel):
    video: shared.File
    """The extended video using the Q2 model"""
