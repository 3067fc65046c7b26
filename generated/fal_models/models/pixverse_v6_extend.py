# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV6ExtendInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to extend", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the input video to extend"""

    prompt: Annotated[str, Field(description="Prompt describing how to extend the video")]
    """Prompt describing how to extend the video"""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to be used for the generation")
    ] = ""
    """Negative prompt to be used for the generation"""

    style: Annotated[
        Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING,
        Field(description="The style of the extended video"),
    ] = MISSING
    """The style of the extended video"""

    resolution: Annotated[
        Literal["360p", "540p", "720p", "1080p"],
        Field(description="The resolution of the generated video"),
    ] = "720p"
    """The resolution of the generated video"""

    duration: Annotated[
        int,
        Field(
            description="The duration of the generated video in seconds. v6 supports values from "
            "1 to 15 seconds",
            ge=1,
            le=15,
        ),
    ] = 5
    """The duration of the generated video in seconds. v6 supports values from 1 to 15 seconds"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""

    generate_audio_switch: Annotated[
        bool, Field(description="Enable audio generation (BGM, SFX, dialogue).")
    ] = False
    """Enable audio generation (BGM, SFX, dialogue)."""


class PixverseV6ExtendOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The extended video")]
    """The extended video"""
