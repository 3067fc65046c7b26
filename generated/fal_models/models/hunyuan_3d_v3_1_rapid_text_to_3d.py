# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3_1RapidTextTo3dInput(InputModel):
    prompt: Annotated[str, Field(max_length=200)]
    """Text description of the 3D content to generate. Max 200 UTF-8 characters."""
    enable_pbr: bool = False
    """Enable PBR material generation (metallic, roughness, normal textures). Does not take
    effect when enable_geometry is True.
    """
    enable_geometry: bool = False
    """Generate geometry-only white model without textures. When enabled, enable_pbr is ignored
    and OBJ is not supported (default output is GLB).
    """


class Hunyuan3dV3_1RapidTextTo3dOutput(OutputModel):
    model_obj: shared.File | None | MISSING = MISSING
    """Generated 3D model in OBJ format."""
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
