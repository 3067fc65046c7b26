# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Compression = TypeAliasType("Compression", Annotated[float, Field(ge=0.0, le=1.0)])
"""Compression artifact removal level (0.0-1.0). Default varies by model."""


Grain = TypeAliasType("Grain", Annotated[float, Field(ge=0.0, le=0.1, multiple_of=0.01)])
"""Film grain amount (0.0-0.1). Default varies by model."""


Halo = TypeAliasType("Halo", Annotated[float, Field(ge=0.0, le=1.0)])
"""Halo reduction level (0.0-1.0). Default varies by model."""


Noise = TypeAliasType("Noise", Annotated[float, Field(ge=0.0, le=1.0)])
"""Noise reduction level (0.0-1.0). Default varies by model."""


RecoverDetail = TypeAliasType("RecoverDetail", Annotated[float, Field(ge=0.0, le=1.0)])
"""Recover original detail level (0.0-1.0). Higher values preserve more original detail."""


TargetFps = TypeAliasType("TargetFps", Annotated[int, Field(ge=16, le=60)])
"""Target FPS for frame interpolation. If set, frame interpolation will be enabled."""


class TopazUpscaleVideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video to upscale"""
    model: Literal[
        "Proteus",
        "Artemis HQ",
        "Artemis MQ",
        "Artemis LQ",
        "Nyx",
        "Nyx Fast",
        "Nyx XL",
        "Nyx HF",
        "Gaia HQ",
        "Gaia CG",
        "Gaia 2",
        "Starlight Precise 1",
        "Starlight Precise 2",
        "Starlight Precise 2.5",
        "Starlight HQ",
        "Starlight Mini",
        "Starlight Sharp",
        "Starlight Fast 1",
        "Starlight Fast 2",
    ] = "Proteus"
    """Video enhancement model. Proteus is best for most videos, Artemis for denoise+sharpen, Nyx
    for dedicated denoising, Gaia HQ/CG for rendered content, Gaia 2 for animation and motion
    graphics at 2x, and Starlight for generative diffusion-based upscaling and enhancement.
    """
    upscale_factor: Annotated[float, Field(ge=1.0, le=4.0)] = 2
    """Factor to upscale the video by (e.g. 2.0 doubles width and height)"""
    target_fps: TargetFps | None | MISSING = MISSING
    """Target FPS for frame interpolation. If set, frame interpolation will be enabled."""
    compression: Compression | None | MISSING = MISSING
    """Compression artifact removal level (0.0-1.0). Default varies by model."""
    noise: Noise | None | MISSING = MISSING
    """Noise reduction level (0.0-1.0). Default varies by model."""
    halo: Halo | None | MISSING = MISSING
    """Halo reduction level (0.0-1.0). Default varies by model."""
    grain: Grain | None | MISSING = MISSING
    """Film grain amount (0.0-0.1). Default varies by model."""
    recover_detail: RecoverDetail | None | MISSING = MISSING
    """Recover original detail level (0.0-1.0). Higher values preserve more original detail."""
    h264_output: Annotated[bool, Field(alias="H264_output")] = False
    """Whether to use H264 codec for output video. Default is H265."""


class TopazUpscaleVideoOutput(OutputModel):
    video: shared.File
    """The upscaled video file"""
