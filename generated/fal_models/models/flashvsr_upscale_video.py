# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FlashvsrUpscaleVideoInput(InputModel):
    upscale_factor: Annotated[float, Field(ge=1.0, le=4.0)] = 2
    """Upscaling factor to be used."""
    seed: int | None | MISSING = MISSING
    """The random seed used for the generation process."""
    sync_mode: bool = False
    """If `True`, the media will be returned inline and not stored in history."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The input video to be upscaled"""
    acceleration: Literal["regular", "high", "full"] = "regular"
    """Acceleration mode for VAE decoding. Options: regular (best quality), high (balanced), full
    (fastest). More accerleation means longer duration videos can be processed too.
    """
    color_fix: bool = True
    """Color correction enabled."""
    quality: Annotated[int, Field(ge=0, le=100)] = 70
    """Quality level for tile blending (0-100). Controls overlap between tiles to prevent grid
    artifacts. Higher values provide better quality with more overlap. Recommended: 70-85 for
    high-res videos, 50-70 for faster processing.
    """
    preserve_audio: bool = False
    """Copy the original audio tracks into the upscaled video using FFmpeg when possible."""
    output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"] = (
        "X264 (.mp4)"
    )
    """The format of the output video."""
    output_quality: Literal["low", "medium", "high", "maximum"] = "high"
    """The quality of the output video."""
    output_write_mode: Literal["fast", "balanced", "small"] = "balanced"
    """The write mode of the output video."""


class FlashvsrUpscaleVideoOutput(OutputModel):
    video: shared.File
    """Upscaled video file after processing"""
    seed: int
    """The random seed used for the generation process."""
