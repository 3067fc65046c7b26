# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanPartInput(InputModel):
    model_file_url: Annotated[
        str,
        Field(
            description="URL of the 3D model file (.glb or .obj) to process for segmentation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the 3D model file (.glb or .obj) to process for segmentation."""

    point_prompt_x: Annotated[
        float,
        Field(
            description="X coordinate of the point prompt for segmentation (normalized space -1 "
            "to 1).",
            ge=-1.0,
            le=1.0,
        ),
    ] = 0
    """X coordinate of the point prompt for segmentation (normalized space -1 to 1)."""

    point_prompt_y: Annotated[
        float,
        Field(
            description="Y coordinate of the point prompt for segmentation (normalized space -1 "
            "to 1).",
            ge=-1.0,
            le=1.0,
        ),
    ] = 0
    """Y coordinate of the point prompt for segmentation (normalized space -1 to 1)."""

    point_prompt_z: Annotated[
        float,
        Field(
            description="Z coordinate of the point prompt for segmentation (normalized space -1 "
            "to 1).",
            ge=-1.0,
            le=1.0,
        ),
    ] = 0
    """Z coordinate of the point prompt for segmentation (normalized space -1 to 1)."""

    point_num: Annotated[
        int, Field(description="Number of points to sample from the mesh.", ge=10000, le=500000)
    ] = 100000
    """Number of points to sample from the mesh."""

    use_normal: Annotated[
        bool, Field(description="Whether to use normal information for segmentation.")
    ] = True
    """Whether to use normal information for segmentation."""

    noise_std: Annotated[
        float,
        Field(description="Standard deviation of noise to add to sampled points.", ge=0.0, le=0.02),
    ] = 0
    """Standard deviation of noise to add to sampled points."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="The same seed and input will produce the same segmentation results."),
    ] = MISSING
    """The same seed and input will produce the same segmentation results."""


class HunyuanPartOutput(OutputModel):
    segmented_mesh: Annotated[
        shared.File, Field(description="Segmented 3D mesh with mask applied.")
    ]
    """Segmented 3D mesh with mask applied."""

    mask_1_mesh: Annotated[shared.File, Field(description="Mesh showing segmentation mask 1.")]
    """Mesh showing segmentation mask 1."""

    mask_2_mesh: Annotated[shared.File, Field(description="Mesh showing segmentation mask 2.")]
    """Mesh showing segmentation mask 2."""

    mask_3_mesh: Annotated[shared.File, Field(description="Mesh showing segmentation mask 3.")]
    """Mesh showing segmentation mask 3."""

    best_mask_index: Annotated[
        int, Field(description="Index of the best mask (1, 2, or 3) based on IoU score.")
    ]
    """Index of the best mask (1, 2, or 3) based on IoU score."""

    iou_scores: Annotated[list[float], Field(description="IoU scores for each of the three masks.")]
    """IoU scores for each of the three masks."""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
