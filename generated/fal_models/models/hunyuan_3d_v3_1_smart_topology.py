# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3_1SmartTopologyInput(InputModel):
    input_file_url: Annotated[
        str,
        Field(
            description="URL of GLB or OBJ file to optimize topology. Max size: 200MB.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb"
    """URL of GLB or OBJ file to optimize topology. Max size: 200MB."""

    input_file_type: Annotated[
        Literal["glb", "obj"], Field(description="Input 3D file format.")
    ] = "glb"
    """Input 3D file format."""

    polygon_type: Annotated[
        Literal["triangle", "quadrilateral"],
        Field(
            description="Output polygon type. triangle: triangular faces only. quadrilateral: "
            "mixed quad and triangle faces."
        ),
    ] = "triangle"
    """Output polygon type. triangle: triangular faces only. quadrilateral: mixed quad and
    triangle faces.
    """

    face_level: Annotated[
        Literal["high", "medium", "low"],
        Field(
            description="Target polygon density. high: more detail/polygons, medium: balanced, "
            "low: fewer polygons."
        ),
    ] = "medium"
    """Target polygon density. high: more detail/polygons, medium: balanced, low: fewer polygons."""


class ModelUrls(OutputModel):
    glb: Annotated[shared.File | None | MISSING, Field(description="GLB format 3D model")] = MISSING
    """GLB format 3D model"""

    fbx: Annotated[shared.File | None | MISSING, Field(description="FBX format 3D model")] = MISSING
    """FBX format 3D model"""

    obj: Annotated[shared.File | None | MISSING, Field(description="OBJ format 3D model")] = MISSING
    """OBJ format 3D model"""

    mtl: Annotated[
        shared.File | None | MISSING, Field(description="MTL material file for OBJ model")
    ] = MISSING
    """MTL material file for OBJ model"""

    texture: Annotated[
        shared.File | None | MISSING, Field(description="Texture image for the 3D model")
    ] = MISSING
    """Texture image for the 3D model"""

    usdz: Annotated[shared.File | None | MISSING, Field(description="USDZ format 3D model")] = (
        MISSING
    )
    """USDZ format 3D model"""


class Hunyuan3dV3_1SmartTopologyOutput(OutputModel):
    model_glb: Annotated[
        shared.File, Field(description="Processed 3D model with optimized topology (primary file).")
    ]
    """Processed 3D model with optimized topology (primary file)."""

    model_urls: Annotated[ModelUrls, Field(description="URLs for different 3D model formats")]
    """URLs for different 3D model formats"""
