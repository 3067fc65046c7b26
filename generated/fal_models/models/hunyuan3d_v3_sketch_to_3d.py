# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3SketchTo3dInput(InputModel):
    input_image_url: Annotated[
        str,
        Field(
            description="URL of sketch or line art image to transform into a 3D model. Image "
            "resolution must be between 128x128 and 5000x5000 pixels.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of sketch or line art image to transform into a 3D model. Image resolution must be
    between 128x128 and 5000x5000 pixels.
    """

    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the 3D content attributes such as color, "
            "category, and material.",
            max_length=1024,
        ),
    ]
    """Text prompt describing the 3D content attributes such as color, category, and material."""

    enable_pbr: Annotated[bool, Field(description="Whether to enable PBR material generation.")] = (
        False
    )
    """Whether to enable PBR material generation."""

    face_count: Annotated[
        int, Field(description="Target face count. Range: 40000-1500000", ge=40000, le=1500000)
    ] = 500000
    """Target face count. Range: 40000-1500000"""


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


class Hunyuan3dV3SketchTo3dOutput(OutputModel):
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
