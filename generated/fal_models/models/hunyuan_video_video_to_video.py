# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoVideoToVideoInput(InputModel):
    prompt: str
    """The prompt to generate the video from."""
    seed: int | None | MISSING = MISSING
    """The seed to use for generating the video."""
    pro_mode: bool = False
    """By default, generations are done with 35 steps. Pro mode does 55 steps which results in
    higher quality videos but will take more time and cost 2x more billing units.
    """
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the video to generate."""
    resolution: Literal["480p", "580p", "720p"] = "720p"
    """The resolution of the video to generate."""
    num_frames: Literal["129", "85"] = "129"
    """The number of frames to generate."""
    enable_safety_checker: bool = False
    """If set to true, the safety checker will be enabled."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video input."""
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.85
    """Strength for Video-to-Video"""


class HunyuanVideoVideoToVideoOutput(OutputModel):
    video: shared.File
    seed: int
    """The seed used for generating the video."""
