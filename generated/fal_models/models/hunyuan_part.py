# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanPartInput(InputModel):
    model_file_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the 3D model file (.glb or .obj) to process for segmentation."""
    point_prompt_x: Annotated[float, Field(ge=-1.0, le=1.0)] = 0
    """X coordinate of the point prompt for segmentation (normalized space -1 to 1)."""
    point_prompt_y: Annotated[float, Field(ge=-1.0, le=1.0)] = 0
    """Y coordinate of the point prompt for segmentation (normalized space -1 to 1)."""
    point_prompt_z: Annotated[float, Field(ge=-1.0, le=1.0)] = 0
    """Z coordinate of the point prompt for segmentation (normalized space -1 to 1)."""
    point_num: Annotated[int, Field(ge=10000, le=500000)] = 100000
    """Number of points to sample from the mesh."""
    use_normal: bool = True
    """Whether to use normal information for segmentation."""
    noise_std: Annotated[float, Field(ge=0.0, le=0.02)] = 0
    """Standard deviation of noise to add to sampled points."""
    seed: int | None | MISSING = MISSING
    """The same seed and input will produce the same segmentation results."""


class HunyuanPartOutput(OutputModel):
    segmented_mesh: shared.File
    """Segmented 3D mesh with mask applied."""
    mask_1_mesh: shared.File
    """Mesh showing segmentation mask 1."""
    mask_2_mesh: shared.File
    """Mesh showing segmentation mask 2."""
    mask_3_mesh: shared.File
    """Mesh showing segmentation mask 3."""
    best_mask_index: int
    """Index of the best mask (1, 2, or 3) based on IoU score."""
    iou_scores: list[float]
    """IoU scores for each of the three masks."""
    seed: int
    """Seed value used for generation."""
