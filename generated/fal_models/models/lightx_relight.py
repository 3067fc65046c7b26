# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LightxRelightInput(InputModel):
    """Relighting-only request (minimal schema)."""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video."""
    prompt: str | None | MISSING = MISSING
    """Optional text prompt. If omitted, Light-X will auto-caption the video."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    relit_cond_type: Literal["ic", "ref", "hdr", "bg"] = "ic"
    """Relight condition type."""
    relight_parameters: RelightParameters | None | MISSING = MISSING
    """Relighting parameters (required for relight_condition_type='ic'). Not used for 'bg' (which
    expects a background image URL instead).
    """
    relit_cond_img_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of conditioning image. Required for relight_condition_type='ref'/'hdr'. Also required
    for relight_condition_type='bg' (background image).
    """
    ref_id: Annotated[int, Field(ge=0)] = 0
    """Frame index to use as referencen to relight the video with reference."""


class LightxRelightOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
    input_video: shared.File | None | MISSING = MISSING
    """Optional: normalized/processed input video (if produced by the pipeline)."""
    viz_video: shared.File | None | MISSING = MISSING
    """Optional: visualization/debug video (if produced by the pipeline)."""


class RelightParameters(InputModel):
    """Relighting parameters for video relighting operations.

    Used with relight_condition_type 'ic' (intrinsic conditioning).
    """

    relight_prompt: str
    """Text prompt describing the desired lighting condition."""
    bg_source: Literal["Left", "Right", "Top", "Bottom"] = "Left"
    """Direction of the light source (used for IC-light)."""
    cfg: Annotated[float, Field(ge=1.0, le=10.0)] = 2
    """Classifier-free guidance scale for relighting."""
    use_sky_mask: bool = False
    """Whether to use sky masking for outdoor scenes."""
