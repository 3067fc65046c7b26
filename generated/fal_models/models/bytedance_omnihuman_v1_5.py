# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceOmnihumanV1_5Input(InputModel):
    prompt: Annotated[
        str | None | MISSING,
        Field(description="The text prompt used to guide the video generation."),
    ] = MISSING
    """The text prompt used to guide the video generation."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image used to generate the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image used to generate the video"""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the mask image to apply to the image. Only the person in the "
            "white area of the mask will speak.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the mask image to apply to the image. Only the person in the white area of the
    mask will speak.
    """

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio file to generate the video. Audio must be under 30s "
            "long for 1080p generation and under 60s long for 720p generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio file to generate the video. Audio must be under 30s long for 1080p
    generation and under 60s long for 720p generation.
    """

    turbo_mode: Annotated[
        bool,
        Field(description="Generate a video at a faster rate with a slight quality trade-off."),
    ] = False
    """Generate a video at a faster rate with a slight quality trade-off."""

    resolution: Annotated[
        Literal["720p", "1080p"],
        Field(
            description="The resolution of the generated video. Defaults to 1080p. 720p "
            "generation is faster and higher in quality. 1080p generation is limited to 30s audio "
            "and 720p generation is limited to 60s audio."
        ),
    ] = "1080p"
    """The resolution of the generated video. Defaults to 1080p. 720p generation is faster and
    higher in quality. 1080p generation is limited to 30s audio and 720p generation is limited
    to 60s audio.
    """


class BytedanceOmnihumanV1_5Output(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file")]
    """Generated video file"""

    duration: Annotated[
        float, Field(description="Duration of audio input/video output as used for billing.")
    ]
    """Duration of audio input/video output as used for billing."""
