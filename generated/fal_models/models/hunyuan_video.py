# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating the video.")
    ] = MISSING
    """The seed to use for generating the video."""

    pro_mode: Annotated[
        bool,
        Field(
            description="By default, generations are done with 35 steps. Pro mode does 55 steps "
            "which results in higher quality videos but will take more time and cost 2x more "
            "billing units."
        ),
    ] = False
    """By default, generations are done with 35 steps. Pro mode does 55 steps which results in
    higher quality videos but will take more time and cost 2x more billing units.
    """

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="The aspect ratio of the video to generate.")
    ] = "16:9"
    """The aspect ratio of the video to generate."""

    resolution: Annotated[
        Literal["480p", "580p", "720p"],
        Field(description="The resolution of the video to generate."),
    ] = "720p"
    """The resolution of the video to generate."""

    num_frames: Annotated[
        Literal["129", "85"], Field(description="The number of frames to generate.")
    ] = "129"
    """The number of frames to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""


class HunyuanVideoOutput(OutputModel):
    video: shared.File
    seed: Annotated[int, Field(description="The seed used for generating the video.")]
    """The seed used for generating the video."""
