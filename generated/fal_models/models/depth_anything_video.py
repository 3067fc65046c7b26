# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

MaxFrames = TypeAliasType(
    "MaxFrames",
    Annotated[int, Field(description="Max frames to process (max 1800). None = up to 1800.", gt=0)],
)


OutputFps = TypeAliasType(
    "OutputFps",
    Annotated[float, Field(description="Output video FPS. None = same as input.", gt=0.0)],
)


class DepthAnythingVideoInput(InputModel):
    """Input schema for video depth estimation."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to estimate depth for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video to estimate depth for."""

    model: Annotated[
        Literal["VDA-Small", "VDA-Base", "VDA-Large"],
        Field(
            description="Depth estimation model size. VDA-Large = best quality, VDA-Small = "
            "fastest."
        ),
    ] = "VDA-Large"
    """Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest."""

    colormap: Annotated[
        Literal["grayscale", "turbo", "inferno", "magma", "viridis"],
        Field(
            description="Colormap for depth visualization. 'turbo' (recommended) shows near=warm, "
            "far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually "
            "uniform. 'viridis' for colorblind-friendly."
        ),
    ] = "grayscale"
    """Colormap for depth visualization. 'turbo' (recommended) shows near=warm, far=cool.
    'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually uniform.
    'viridis' for colorblind-friendly.
    """

    resolution: Annotated[
        Literal["auto", "360p", "480p", "720p", "1080p"],
        Field(
            description="Output resolution. 'auto' preserves input (max 1080p). Options: 'auto', "
            "'360p', '480p', '720p', '1080p'."
        ),
    ] = "auto"
    """Output resolution. 'auto' preserves input (max 1080p). Options: 'auto', '360p', '480p',
    '720p', '1080p'.
    """

    max_frames: Annotated[
        MaxFrames | None | MISSING,
        Field(description="Max frames to process (max 1800). None = up to 1800."),
    ] = MISSING
    """Max frames to process (max 1800). None = up to 1800."""

    output_fps: Annotated[
        OutputFps | None | MISSING, Field(description="Output video FPS. None = same as input.")
    ] = MISSING
    """Output video FPS. None = same as input."""

    side_by_side: Annotated[
        bool, Field(description="Output original | depth comparison video.")
    ] = False
    """Output original | depth comparison video."""

    include_raw_depths: Annotated[
        bool,
        Field(
            description="Export raw float32 depths as .npz file with: 'depths' [N,H,W], "
            "'min_depth', 'max_depth', 'fps', 'model', 'shape'."
        ),
    ] = False
    """Export raw float32 depths as .npz file with: 'depths' [N,H,W], 'min_depth', 'max_depth',
    'fps', 'model', 'shape'.
    """


class DepthAnythingVideoOutput(OutputModel):
    """Output schema for video depth estimation."""

    video: Annotated[shared.File, Field(description="Depth visualization video (MP4, H.264).")]
    """Depth visualization video (MP4, H.264)."""

    raw_depths: Annotated[
        shared.File | None | MISSING,
        Field(description="Raw depth values as .npz (if include_raw_depths=True)."),
    ] = MISSING
    """Raw depth values as .npz (if include_raw_depths=True)."""
