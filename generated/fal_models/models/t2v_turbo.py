# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Seed = TypeAliasType(
    "Seed",
    Annotated[
        int, Field(description="The seed to use for the random number generator", ge=0, le=203279)
    ],
)


class T2vTurboInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate images from")]
    """The prompt to generate images from"""

    seed: Annotated[
        Seed | None | MISSING, Field(description="The seed to use for the random number generator")
    ] = MISSING
    """The seed to use for the random number generator"""

    num_inference_steps: Annotated[
        int, Field(description="The number of steps to sample", ge=1, le=12)
    ] = 4
    """The number of steps to sample"""

    guidance_scale: Annotated[float, Field(description="The guidance scale", ge=0.1, le=30.0)] = 7.5
    """The guidance scale"""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate", ge=16, le=32)
    ] = 16
    """The number of frames to generate"""

    export_fps: Annotated[int, Field(description="The FPS of the exported video", ge=1, le=24)] = 8
    """The FPS of the exported video"""


class T2vTurboOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The URL to the generated video")]
    """The URL to the generated video"""
