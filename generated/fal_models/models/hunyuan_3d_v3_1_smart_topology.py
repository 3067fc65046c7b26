# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3_1SmartTopologyInput(InputModel):
    input_file_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})] = (
        "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb"
    )
    """URL of GLB or OBJ file to optimize topology. Max size: 200MB."""
    input_file_type: Literal["glb", "obj"] = "glb"
    """Input 3D file format."""
    polygon_type: Literal["triangle", "quadrilateral"] = "triangle"
    """Output polygon type. triangle: triangular faces only. quadrilateral: mixed quad and
    triangle faces.
    """
    face_level: Literal["high", "medium", "low"] = "medium"
    """Target polygon density. high: more detail/polygons, medium: balanced, low: fewer polygons."""


class Hunyuan3dV3_1SmartTopologyOutput(OutputModel):
    model_glb: shared.File
    """Processed 3D model with optimized topology (primary file)."""
    model_urls: ModelUrls
    """URLs for different 3D model formats"""


class ModelUrls(OutputModel):
    glb: shared.File | None | MISSING = MISSING
    """GLB format 3D model"""
    fbx: shared.File | None | MISSING = MISSING
    """FBX format 3D model"""
    obj: shared.File | None | MISSING = MISSING
    """OBJ format 3D model"""
    mtl: shared.File | None | MISSING = MISSING
    """MTL material file for OBJ model"""
    texture: shared.File | None | MISSING = MISSING
    """Texture image for the 3D model"""
    usdz: shared.File | None | MISSING = MISSING
    """USDZ format 3D model"""
