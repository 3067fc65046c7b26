# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3TextTo3dInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text description of the 3D content to generate. Supports up to 1024 "
            "UTF-8 characters.",
            max_length=1024,
        ),
    ]
    """Text description of the 3D content to generate. Supports up to 1024 UTF-8 characters."""

    enable_pbr: Annotated[bool, Field(description="Whether to enable PBR material generation")] = (
        False
    )
    """Whether to enable PBR material generation"""

    face_count: Annotated[
        int, Field(description="Target face count. Range: 40000-1500000", ge=40000, le=1500000)
    ] = 500000
    """Target face count. Range: 40000-1500000"""

    generate_type: Annotated[
        Literal["Normal", "LowPoly", "Geometry"],
        Field(
            description="Generation type. Normal: textured model. LowPoly: polygon reduction. "
            "Geometry: white model without texture."
        ),
    ] = "Normal"
    """Generation type. Normal: textured model. LowPoly: polygon reduction. Geometry: white model
    without texture.
    """

    polygon_type: Annotated[
        Literal["triangle", "quadrilateral"],
        Field(description="Polygon type. Only takes effect when GenerateType is LowPoly."),
    ] = "triangle"
    """Polygon type. Only takes effect when GenerateType is LowPoly."""


class ModelUrls(OutputModel):
    glb: Annotated[shared.File | None | MISSING, Field(description="GLB format 3D model")] = MISSING
    """GLB format 3D model"""

    fbx: Annotated[shared.File | None | MISSING, Field(description="FBX format 3D model")] = MISSING
    """FBX format 3D model"""

    obj: Annotated[shared.File | None | MISSING, Field(description="OBJ format 3D model")] = MISSING
    """OBJ format 3D model"""

    usdz: Annotated[shared.File | None | MISSING, Field(description="USDZ format 3D model")] = (
        MISSING
    )
    """USDZ format 3D model"""


class Hunyuan3dV3TextTo3dOutput(OutputModel):
    model_glb: Annotated[shared.File, Field(description="Generated 3D object in GLB format.")]
    """Generated 3D object in GLB format."""

    thumbnail: Annotated[
        shared.File | None | MISSING, Field(description="Preview thumbnail of the generated model")
    ] = MISSING
    """Preview thumbnail of the generated model"""

    model_urls: Annotated[ModelUrls, Field(description="URLs for different 3D model formats")]
    """URLs for different 3D model formats"""

    seed: Annotated[int | None | MISSING, Field(description="The seed used for generation")] = (
        MISSING
    )
    """The seed used for generation"""
