# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=1000)]
    """The prompt to generate the video from."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image input."""
    seed: int | None | MISSING = MISSING
    """The seed to use for generating the video."""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the video to generate."""
    resolution: Literal["720p"] = "720p"
    """The resolution of the video to generate."""
    num_frames: Literal["129"] = "129"
    """The number of frames to generate."""
    i2v_stability: bool = False
    """Turning on I2V Stability reduces hallucination but also reduces motion."""


class HunyuanVideoImageToVideoOutput(OutputModel):
    video: shared.File
    seed: int
    """The seed used for generating the video."""
