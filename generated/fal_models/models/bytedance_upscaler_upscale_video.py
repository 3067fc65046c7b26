# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceUpscalerUpscaleVideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to upscale."""
    target_resolution: Literal["1080p", "2k", "4k"] = "1080p"
    """The target resolution of the video to upscale."""
    target_fps: Literal["30fps", "60fps"] = "30fps"
    """The target FPS of the video to upscale."""
    enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"] = "general"
    """The enhancement preset optimized for specific video scenarios. 'general' is a
    general-purpose template, 'ugc' targets user-generated short videos, 'short_series' is for
    short dramas, 'aigc' is for AI-generated content, and 'old_film' is for classic film
    restoration.
    """
    enhancement_tier: Literal["fast", "standard", "pro"] = "standard"
    """The enhancement quality tier. 'fast' provides essential upscaling with good speed,
    'standard' uses adaptive algorithms for better visual texture, 'pro' uses large-model
    restoration for cinematic quality (longer processing time), and 10 times the cost of
    `standard` and `fast`.
    """
    scale_ratio: ScaleRatio | None | MISSING = MISSING
    """The scaling ratio for the output video resolution. When set, overrides target_resolution
    and scales the input resolution by this factor (e.g., 2.0 doubles the resolution). Range:
    1.1 to 10.0. Please note that this is valid only up to 4k resolution, and trying to scale
    beyond 4k will result in an error. (4k is defined as having atotal pixel count of
    3840x2160).
    """
    fidelity: Literal["high", "medium"] = "high"
    """The enhancement intensity. 'high' applies mild enhancement while keeping visual texture
    close to the source video. 'medium' provides a balanced image quality enhancement.
    """


class BytedanceUpscalerUpscaleVideoOutput(OutputModel):
    video: shared.File
    """Generated video file"""
    duration: float
    """Duration of audio input/video output as used for billing."""


ScaleRatio = TypeAliasType("ScaleRatio", Annotated[float, Field(ge=1.1, le=10.0)])
"""The scaling ratio for the output video resolution. When set, overrides target_resolution and
scales the input resolution by this factor (e.g., 2.0 doubles the resolution). Range: 1.1 to
10.0. Please note that this is valid only up to 4k resolution, and trying to scale beyond 4k
will result in an error. (4k is defined as having atotal pixel count of 3840x2160).
"""
