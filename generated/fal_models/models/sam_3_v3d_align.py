# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Sam3_3dAlignInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the original image used for MoGe depth estimation",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the original image used for MoGe depth estimation"""

    body_mesh_url: Annotated[
        str,
        Field(
            description="URL of the SAM-3D Body mesh file (.ply or .glb) to align",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the SAM-3D Body mesh file (.ply or .glb) to align"""

    body_mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the human mask image. If not provided, uses full image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the human mask image. If not provided, uses full image."""

    object_mesh_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL of SAM-3D Object mesh (.glb) to create combined scene",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL of SAM-3D Object mesh (.glb) to create combined scene"""

    focal_length: Annotated[
        float | None | MISSING,
        Field(
            description="Focal length from SAM-3D Body metadata. If not provided, estimated from "
            "MoGe."
        ),
    ] = MISSING
    """Focal length from SAM-3D Body metadata. If not provided, estimated from MoGe."""


class SAM3DBodyAlignmentInfo(OutputModel):
    """Per-person alignment metadata."""

    person_id: Annotated[int, Field(description="Index of the person")]
    """Index of the person"""

    scale_factor: Annotated[float, Field(description="Scale factor applied for alignment")]
    """Scale factor applied for alignment"""

    translation: Annotated[list[float], Field(description="Translation [tx, ty, tz]")]
    """Translation [tx, ty, tz]"""

    focal_length: Annotated[float, Field(description="Focal length used")]
    """Focal length used"""

    target_points_count: Annotated[int, Field(description="Number of target points for alignment")]
    """Number of target points for alignment"""

    cropped_vertices_count: Annotated[int, Field(description="Number of cropped vertices")]
    """Number of cropped vertices"""


class Sam3_3dAlignOutput(OutputModel):
    body_mesh_ply: Annotated[shared.File, Field(description="Aligned body mesh in PLY format")]
    """Aligned body mesh in PLY format"""

    model_glb: Annotated[
        shared.File, Field(description="Aligned body mesh in GLB format (for 3D preview)")
    ]
    """Aligned body mesh in GLB format (for 3D preview)"""

    visualization: Annotated[
        shared.File, Field(description="Visualization of aligned mesh overlaid on input image")
    ]
    """Visualization of aligned mesh overlaid on input image"""

    metadata: Annotated[
        SAM3DBodyAlignmentInfo, Field(description="Alignment info (scale, translation, etc.)")
    ]
    """Alignment info (scale, translation, etc.)"""

    scene_glb: Annotated[
        shared.File | None | MISSING,
        Field(
            description="Combined scene with body + object meshes in GLB format (only when "
            "object_mesh_url provided)"
        ),
    ] = MISSING
    """Combined scene with body + object meshes in GLB format (only when object_mesh_url
    provided)
    """
