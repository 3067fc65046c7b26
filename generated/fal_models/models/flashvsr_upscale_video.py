# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FlashvsrUpscaleVideoInput(InputModel):
    upscale_factor: Annotated[
        float, Field(description="Upscaling factor to be used.", ge=1.0, le=4.0)
    ] = 2
    """Upscaling factor to be used."""

    seed: Annotated[
        int | None | MISSING, Field(description="The random seed used for the generation process.")
    ] = MISSING
    """The random seed used for the generation process."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned inline and not stored in history."
        ),
    ] = False
    """If `True`, the media will be returned inline and not stored in history."""

    video_url: Annotated[
        str,
        Field(description="The input video to be upscaled", json_schema_extra={"x-fal-file": True}),
    ]
    """The input video to be upscaled"""

    acceleration: Annotated[
        Literal["regular", "high", "full"],
        Field(
            description="Acceleration mode for VAE decoding. Options: regular (best quality), "
            "high (balanced), full (fastest). More accerleation means longer duration videos can "
            "be processed too."
        ),
    ] = "regular"
    """Acceleration mode for VAE decoding. Options: regular (best quality), high (balanced), full
    (fastest). More accerleation means longer duration videos can be processed too.
    """

    color_fix: Annotated[bool, Field(description="Color correction enabled.")] = True
    """Color correction enabled."""

    quality: Annotated[
        int,
        Field(
            description="Quality level for tile blending (0-100). Controls overlap between tiles "
            "to prevent grid artifacts. Higher values provide better quality with more overlap. "
            "Recommended: 70-85 for high-res videos, 50-70 for faster processing.",
            ge=0,
            le=100,
        ),
    ] = 70
    """Quality level for tile blending (0-100). Controls overlap between tiles to prevent grid
    artifacts. Higher values provide better quality with more overlap. Recommended: 70-85 for
    high-res videos, 50-70 for faster processing.
    """

    preserve_audio: Annotated[
        bool,
        Field(
            description="Copy the original audio tracks into the upscaled video using FFmpeg when "
            "possible."
        ),
    ] = False
    """Copy the original audio tracks into the upscaled video using FFmpeg when possible."""

    output_format: Annotated[
        Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"],
        Field(description="The format of the output video."),
    ] = "X264 (.mp4)"
    """The format of the output video."""

    output_quality: Annotated[
        Literal["low", "medium", "high", "maximum"],
        Field(description="The quality of the output video."),
    ] = "high"
    """The quality of the output video."""

    output_write_mode: Annotated[
        Literal["fast", "balanced", "small"],
        Field(description="The write mode of the output video."),
    ] = "balanced"
    """The write mode of the output video."""


class FlashvsrUpscaleVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Upscaled video file after processing")]
    """Upscaled video file after processing"""

    seed: Annotated[int, Field(description="The random seed used for the generation process.")]
    """The random seed used for the generation process."""
