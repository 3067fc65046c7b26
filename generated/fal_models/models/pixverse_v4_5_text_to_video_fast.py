# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV4_5TextToVideoFastInput(InputModel):
    prompt: str
    aspect_ratio: Annotated[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["360p", "540p", "720p"], Field(description="The resolution of the generated video")
    ] = "720p"
    """The resolution of the generated video"""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to be used for the generation")
    ] = ""
    """Negative prompt to be used for the generation"""

    style: Annotated[
        Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | MISSING,
        Field(description="The style of the generated video"),
    ] = MISSING
    """The style of the generated video"""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same video every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """


class PixverseV4_5TextToVideoFastOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
