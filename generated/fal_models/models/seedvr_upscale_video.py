# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SeedvrUpscaleVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The input video to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The input video to be processed"""

    upscale_mode: Annotated[
        Literal["target", "factor"],
        Field(
            description="The mode to use for the upscale. If 'target', the upscale factor will be "
            "calculated based on the target resolution. If 'factor', the upscale factor will be "
            "used directly."
        ),
    ] = "factor"
    """The mode to use for the upscale. If 'target', the upscale factor will be calculated based
    on the target resolution. If 'factor', the upscale factor will be used directly.
    """

    upscale_factor: Annotated[
        float,
        Field(
            description="Upscaling factor to be used. Will multiply the dimensions with this "
            "factor when `upscale_mode` is `factor`.",
            ge=1.0,
            le=10.0,
        ),
    ] = 2
    """Upscaling factor to be used. Will multiply the dimensions with this factor when
    `upscale_mode` is `factor`.
    """

    target_resolution: Annotated[
        Literal["720p", "1080p", "1440p", "2160p"],
        Field(description="The target resolution to upscale to when `upscale_mode` is `target`."),
    ] = "1080p"
    """The target resolution to upscale to when `upscale_mode` is `target`."""

    seed: Annotated[
        int | None | MISSING, Field(description="The random seed used for the generation process.")
    ] = MISSING
    """The random seed used for the generation process."""

    noise_scale: Annotated[
        float,
        Field(
            description="The noise scale to use for the generation process.",
            ge=0.0,
            le=1.0,
            multiple_of=0.001,
        ),
    ] = 0.1
    """The noise scale to use for the generation process."""

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

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class SeedvrUpscaleVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Upscaled video file after processing")]
    """Upscaled video file after processing"""

    seed: Annotated[int, Field(description="The random seed used for the generation process.")]
    """The random seed used for the generation process."""
