# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SAM3DBodyAlignmentInfo(OutputModel):
    """Per-person alignment metadata."""

    person_id: int
    """Index of the person"""
    scale_factor: float
    """Scale factor applied for alignment"""
    translation: list[float]
    """Translation [tx, ty, tz]"""
    focal_length: float
    """Focal length used"""
    target_points_count: int
    """Number of target points for alignment"""
    cropped_vertices_count: int
    """Number of cropped vertices"""


class Sam3_3dAlignInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the original image used for MoGe depth estimation"""
    body_mesh_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the SAM-3D Body mesh file (.ply or .glb) to align"""
    body_mask_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of the human mask image. If not provided, uses full image."""
    object_mesh_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional URL of SAM-3D Object mesh (.glb) to create combined scene"""
    focal_length: float | None | MISSING = MISSING
    """Focal length from SAM-3D Body metadata. If not provided, estimated from MoGe."""


class Sam3_3dAlignOutput(OutputModel):
    body_mesh_ply: shared.File
    """Aligned body mesh in PLY format"""
    model_glb: shared.File
    """Aligned body mesh in GLB format (for 3D preview)"""
    visualization: shared.File
    """Visualization of aligned mesh overlaid on input image"""
    metadata: SAM3DBodyAlignmentInfo
    """Alignment info (scale, translation, etc.)"""
    scene_glb: shared.File | None | MISSING = MISSING
    """Combined scene with body + object meshes in GLB format (only when object_mesh_url
    provided)
    """
