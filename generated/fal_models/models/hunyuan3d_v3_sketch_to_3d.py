# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3SketchTo3dInput(InputModel):
    input_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of sketch or line art image to transform into a 3D model. Image resolution must be
    between 128x128 and 5000x5000 pixels.
    """
    prompt: Annotated[str, Field(max_length=1024)]
    """Text prompt describing the 3D content attributes such as color, category, and material."""
    enable_pbr: bool = False
    """Whether to enable PBR material generation."""
    face_count: Annotated[int, Field(ge=40000, le=1500000)] = 500000
    """Target face count. Range: 40000-1500000"""


class Hunyuan3dV3SketchTo3dOutput(OutputModel):
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
