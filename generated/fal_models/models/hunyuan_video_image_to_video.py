# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoImageToVideoInput(InputModel):
    prompt: Annotated[
        str, Field(description="The prompt to generate the video from.", max_length=1000)
    ]
    """The prompt to generate the video from."""

    image_url: Annotated[
        str, Field(description="URL of the image input.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the image input."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating the video.")
    ] = MISSING
    """The seed to use for generating the video."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="The aspect ratio of the video to generate.")
    ] = "16:9"
    """The aspect ratio of the video to generate."""

    resolution: Annotated[
        Literal["720p"], Field(description="The resolution of the video to generate.")
    ] = "720p"
    """The resolution of the video to generate."""

    num_frames: Annotated[
        Literal["129"], Field(description="The number of frames to generate.")
    ] = "129"
    """The number of frames to generate."""

    i2v_stability: Annotated[
        bool,
        Field(
            description="Turning on I2V Stability reduces hallucination but also reduces motion."
        ),
    ] = False
    """Turning on I2V Stability reduces hallucination but also reduces motion."""


class HunyuanVideoImageToVideoOutput(OutputModel):
    video: shared.File
    seed: Annotated[int, Field(description="The seed used for generating the video.")]
    """The seed used for generating the video."""
