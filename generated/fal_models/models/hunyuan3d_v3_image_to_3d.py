# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3ImageTo3dInput(InputModel):
    input_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to use while generating the 3D model."""
    back_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional back view image URL for better 3D reconstruction."""
    left_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional left view image URL for better 3D reconstruction."""
    right_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional right view image URL for better 3D reconstruction."""
    enable_pbr: bool = False
    """Whether to enable PBR material generation. Does not take effect when generate_type is
    Geometry.
    """
    face_count: Annotated[int, Field(ge=40000, le=1500000)] = 500000
    """Target face count. Range: 40000-1500000"""
    generate_type: Literal["Normal", "LowPoly", "Geometry"] = "Normal"
    """Generation type. Normal: textured model. LowPoly: polygon reduction. Geometry: white model
    without texture.
    """
    polygon_type: Literal["triangle", "quadrilateral"] = "triangle"
    """Polygon type. Only takes effect when GenerateType is LowPoly."""


class Hunyuan3dV3ImageTo3dOutput(OutputModel):
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
