# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ScaleRatio = TypeAliasType(
    "ScaleRatio",
    Annotated[
        float,
        Field(
            description="The scaling ratio for the output video resolution. When set, overrides "
            "target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles "
            "the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k "
            "resolution, and trying to scale beyond 4k will result in an error. (4k is defined as "
            "having atotal pixel count of 3840x2160).",
            ge=1.1,
            le=10.0,
        ),
    ],
)


class BytedanceUpscalerUpscaleVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to upscale.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the video to upscale."""

    target_resolution: Annotated[
        Literal["1080p", "2k", "4k"],
        Field(description="The target resolution of the video to upscale."),
    ] = "1080p"
    """The target resolution of the video to upscale."""

    target_fps: Annotated[
        Literal["30fps", "60fps"], Field(description="The target FPS of the video to upscale.")
    ] = "30fps"
    """The target FPS of the video to upscale."""

    enhancement_preset: Annotated[
        Literal["general", "ugc", "short_series", "aigc", "old_film"],
        Field(
            description="The enhancement preset optimized for specific video scenarios. 'general' "
            "is a general-purpose template, 'ugc' targets user-generated short videos, "
            "'short_series' is for short dramas, 'aigc' is for AI-generated content, and "
            "'old_film' is for classic film restoration."
        ),
    ] = "general"
    """The enhancement preset optimized for specific video scenarios. 'general' is a
    general-purpose template, 'ugc' targets user-generated short videos, 'short_series' is for
    short dramas, 'aigc' is for AI-generated content, and 'old_film' is for classic film
    restoration.
    """

    enhancement_tier: Annotated[
        Literal["fast", "standard", "pro"],
        Field(
            description="The enhancement quality tier. 'fast' provides essential upscaling with "
            "good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro' "
            "uses large-model restoration for cinematic quality (longer processing time), and 10 "
            "times the cost of `standard` and `fast`."
        ),
    ] = "standard"
    """The enhancement quality tier. 'fast' provides essential upscaling with good speed,
    'standard' uses adaptive algorithms for better visual texture, 'pro' uses large-model
    restoration for cinematic quality (longer processing time), and 10 times the cost of
    `standard` and `fast`.
    """

    scale_ratio: Annotated[
        ScaleRatio | None | MISSING,
        Field(
            description="The scaling ratio for the output video resolution. When set, overrides "
            "target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles "
            "the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k "
            "resolution, and trying to scale beyond 4k will result in an error. (4k is defined as "
            "having atotal pixel count of 3840x2160)."
        ),
    ] = MISSING
    """The scaling ratio for the output video resolution. When set, overrides target_resolution
    and scales the input resolution by this factor (e.g., 2.0 doubles the resolution). Range:
    1.1 to 10.0. Please note that this is valid only up to 4k resolution, and trying to scale
    beyond 4k will result in an error. (4k is defined as having atotal pixel count of
    3840x2160).
    """

    fidelity: Annotated[
        Literal["high", "medium"],
        Field(
            description="The enhancement intensity. 'high' applies mild enhancement while keeping "
            "visual texture close to the source video. 'medium' provides a balanced image quality "
            "enhancement."
        ),
    ] = "high"
    """The enhancement intensity. 'high' applies mild enhancement while keeping visual texture
    close to the source video. 'medium' provides a balanced image quality enhancement.
    """


class BytedanceUpscalerUpscaleVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file")]
    """Generated video file"""

    duration: Annotated[
        float, Field(description="Duration of audio input/video output as used for billing.")
    ]
    """Duration of audio input/video output as used for billing."""
