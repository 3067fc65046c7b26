# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseC1TransitionInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt for the transition")]
    """The prompt for the transition"""

    aspect_ratio: Annotated[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["360p", "540p", "720p", "1080p"],
        Field(description="The resolution of the generated video"),
    ] = "720p"
    """The resolution of the generated video"""

    duration: Annotated[
        int, Field(description="The duration of the generated video in seconds (1-15)", ge=1, le=15)
    ] = 5
    """The duration of the generated video in seconds (1-15)"""

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

    generate_audio_switch: Annotated[
        bool, Field(description="Enable audio generation (BGM, SFX, dialogue)")
    ] = False
    """Enable audio generation (BGM, SFX, dialogue)"""

    first_image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the first frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the first frame"""

    end_image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the last frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the last frame"""


class PixverseC1TransitionOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
