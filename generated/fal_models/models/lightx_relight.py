# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class RelightParameters(InputModel):
    """Relighting parameters for video relighting operations.

    Used with relight_condition_type 'ic' (intrinsic conditioning).
    """

    relight_prompt: Annotated[
        str, Field(description="Text prompt describing the desired lighting condition.")
    ]
    """Text prompt describing the desired lighting condition."""

    bg_source: Annotated[
        Literal["Left", "Right", "Top", "Bottom"],
        Field(description="Direction of the light source (used for IC-light)."),
    ] = "Left"
    """Direction of the light source (used for IC-light)."""

    cfg: Annotated[
        float, Field(description="Classifier-free guidance scale for relighting.", ge=1.0, le=10.0)
    ] = 2
    """Classifier-free guidance scale for relighting."""

    use_sky_mask: Annotated[
        bool, Field(description="Whether to use sky masking for outdoor scenes.")
    ] = False
    """Whether to use sky masking for outdoor scenes."""


class LightxRelightInput(InputModel):
    """Relighting-only request (minimal schema)."""

    video_url: Annotated[
        str, Field(description="URL of the input video.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video."""

    prompt: Annotated[
        str | None | MISSING,
        Field(description="Optional text prompt. If omitted, Light-X will auto-caption the video."),
    ] = MISSING
    """Optional text prompt. If omitted, Light-X will auto-caption the video."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    relit_cond_type: Annotated[
        Literal["ic", "ref", "hdr", "bg"], Field(description="Relight condition type.")
    ] = "ic"
    """Relight condition type."""

    relight_parameters: Annotated[
        RelightParameters | None | MISSING,
        Field(
            description="Relighting parameters (required for relight_condition_type='ic'). Not "
            "used for 'bg' (which expects a background image URL instead)."
        ),
    ] = MISSING
    """Relighting parameters (required for relight_condition_type='ic'). Not used for 'bg' (which
    expects a background image URL instead).
    """

    relit_cond_img_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of conditioning image. Required for "
            "relight_condition_type='ref'/'hdr'. Also required for relight_condition_type='bg' "
            "(background image).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of conditioning image. Required for relight_condition_type='ref'/'hdr'. Also required
    for relight_condition_type='bg' (background image).
    """

    ref_id: Annotated[
        int,
        Field(
            description="Frame index to use as referencen to relight the video with reference.",
            ge=0,
        ),
    ] = 0
    """Frame index to use as referencen to relight the video with reference."""


class LightxRelightOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    input_video: Annotated[
        shared.File | None | MISSING,
        Field(
            description="Optional: normalized/processed input video (if produced by the pipeline)."
        ),
    ] = MISSING
    """Optional: normalized/processed input video (if produced by the pipeline)."""

    viz_video: Annotated[
        shared.File | None | MISSING,
        Field(description="Optional: visualization/debug video (if produced by the pipeline)."),
    ] = MISSING
    """Optional: visualization/debug video (if produced by the pipeline)."""
