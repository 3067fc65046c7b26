# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[str, Field(description="text prompt to guide the video extension", max_length=3000)],
)


class ViduQ2VideoExtensionProInput(InputModel):
    video_url: Annotated[
        str, Field(description="URL of the video to extend", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the video to extend"""

    prompt: Annotated[
        Prompt | None | MISSING, Field(description="text prompt to guide the video extension")
    ] = MISSING
    """text prompt to guide the video extension"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    duration: Annotated[
        Literal[2, 3, 4, 5, 6, 7], Field(description="Duration of the extension in seconds")
    ] = 4
    """Duration of the extension in seconds"""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="Output video resolution")
    ] = "720p"
    """Output video resolution"""


class ViduQ2VideoExtensionProOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The extended video using the Q2 model")]
    """The extended video using the Q2 model"""
