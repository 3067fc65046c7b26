# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3_1RapidImageTo3dInput(InputModel):
    input_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB for base64
    encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object, object >50% of
    frame.
    """
    enable_pbr: bool = False
    """Enable PBR material generation (metallic, roughness, normal textures). Does not take
    effect when enable_geometry is True.
    """
    enable_geometry: bool = False
    """Generate geometry-only white model without textures. When enabled, enable_pbr is ignored
    and OBJ is not supported (default output is GLB).
    """


class Hunyuan3dV3_1RapidImageTo3dOutput(OutputModel):
    model_glb: shared.File | None | MISSING = MISSING
    """Generated 3D model file. Contains GLB if available, otherwise OBJ."""
    material_mtl: shared.File | None | MISSING = MISSING
    """MTL material file for the OBJ model."""
    texture: shared.File | None | MISSING = MISSING
    """Texture image for the 3D model."""
    thumbnail: shared.File | None | MISSING = MISSING
    """Preview thumbnail of the generated model"""
    model_urls: ModelUrls
    """URLs for different 3D model formats."""


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
