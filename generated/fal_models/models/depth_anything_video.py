# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DepthAnythingVideoInput(InputModel):
    """Input schema for video depth estimation."""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video to estimate depth for."""
    model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] = "VDA-Large"
    """Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest."""
    colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] = "grayscale"
    """Colormap for depth visualization. 'turbo' (recommended) shows near=warm, far=cool.
    'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually uniform.
    'viridis' for colorblind-friendly.
    """
    resolution: Literal["auto", "360p", "480p", "720p", "1080p"] = "auto"
    """Output resolution. 'auto' preserves input (max 1080p). Options: 'auto', '360p', '480p',
    '720p', '1080p'.
    """
    max_frames: MaxFrames | None | MISSING = MISSING
    """Max frames to process (max 1800). None = up to 1800."""
    output_fps: OutputFps | None | MISSING = MISSING
    """Output video FPS. None = same as input."""
    side_by_side: bool = False
    """Output original | depth comparison video."""
    include_raw_depths: bool = False
    """Export raw float32 depths as .npz file with: 'depths' [N,H,W], 'min_depth', 'max_depth',
    'fps', 'model', 'shape'.
    """


class DepthAnythingVideoOutput(OutputModel):
    """Output schema for video depth estimation."""

    video: shared.File
    """Depth visualization video (MP4, H.264)."""
    raw_depths: shared.File | None | MISSING = MISSING
    """Raw depth values as .npz (if include_raw_depths=True)."""


MaxFrames = TypeAliasType("MaxFrames", Annotated[int, Field(gt=0)])
"""Max frames to process (max 1800). None = up to 1800."""


OutputFps = TypeAliasType("OutputFps", Annotated[float, Field(gt=0.0)])
"""Output video FPS. None = same as input."""
