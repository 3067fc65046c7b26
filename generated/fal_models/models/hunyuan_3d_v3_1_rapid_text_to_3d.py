# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3_1RapidTextTo3dInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text description of the 3D content to generate. Max 200 UTF-8 characters.",
            max_length=200,
        ),
    ]
    """Text description of the 3D content to generate. Max 200 UTF-8 characters."""

    enable_pbr: Annotated[
        bool,
        Field(
            description="Enable PBR material generation (metallic, roughness, normal textures). "
            "Does not take effect when enable_geometry is True."
        ),
    ] = False
    """Enable PBR material generation (metallic, roughness, normal textures). Does not take
    effect when enable_geometry is True.
    """

    enable_geometry: Annotated[
        bool,
        Field(
            description="Generate geometry-only white model without textures. When enabled, "
            "enable_pbr is ignored and OBJ is not supported (default output is GLB)."
        ),
    ] = False
    """Generate geometry-only white model without textures. When enabled, enable_pbr is ignored
    and OBJ is not supported (default output is GLB).
    """


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


class Hunyuan3dV3_1RapidTextTo3dOutput(OutputModel):
    model_obj: Annotated[
        shared.File | None | MISSING, Field(description="Generated 3D model in OBJ format.")
    ] = MISSING
    """Generated 3D model in OBJ format."""

    material_mtl: Annotated[
        shared.File | None | MISSING, Field(description="MTL material file for the OBJ model.")
    ] = MISSING
    """MTL material file for the OBJ model."""

    texture: Annotated[
        shared.File | None | MISSING, Field(description="Texture image for the 3D model.")
    ] = MISSING
    """Texture image for the 3D model."""

    thumbnail: Annotated[
        shared.File | None | MISSING, Field(description="Preview thumbnail of the generated model")
    ] = MISSING
    """Preview thumbnail of the generated model"""

    model_urls: Annotated[ModelUrls, Field(description="URLs for different 3D model formats.")]
    """URLs for different 3D model formats."""
