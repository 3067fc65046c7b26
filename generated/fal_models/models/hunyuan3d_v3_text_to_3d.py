# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3TextTo3dInput(InputModel):
    prompt: Annotated[str, Field(max_length=1024)]
    """Text description of the 3D content to generate. Supports up to 1024 UTF-8 characters."""
    enable_pbr: bool = False
    """Whether to enable PBR material generation"""
    face_count: Annotated[int, Field(ge=40000, le=1500000)] = 500000
    """Target face count. Range: 40000-1500000"""
    generate_type: Literal["Normal", "LowPoly", "Geometry"] = "Normal"
    """Generation type. Normal: textured model. LowPoly: polygon reduction. Geometry: white model
    without texture.
    """
    polygon_type: Literal["triangle", "quadrilateral"] = "triangle"
    """Polygon type. Only takes effect when GenerateType is LowPoly."""


class Hunyuan3dV3TextTo3dOutput(OutputModel):
    model_glb: shared.File
    """Generated 3D object in GLB format."""
    thumbnail: shared.File | None | MISSING = MISSING
    """Preview thumbnail of the generated model"""
    model_urls: ModelUrls
    """URLs for different 3D model formats"""
    seed: int | None | MISSING = MISSING
    """The seed used for generation"""


class ModelUrls(OutputModel):
    glb: shared.File | None | MISSING = MISSING
    """GLB format 3D model"""
    fbx: shared.File | None | MISSING = MISSING
    """FBX format 3D model"""
    obj: shared.File | None | MISSING = MISSING
    """OBJ format 3D model"""
    usdz: shared.File | None | MISSING = MISSING
    """USDZ format 3D model"""
