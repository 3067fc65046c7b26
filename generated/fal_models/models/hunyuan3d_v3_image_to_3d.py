# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3ImageTo3dInput(InputModel):
    input_image_url: Annotated[
        str,
        Field(
            description="URL of image to use while generating the 3D model.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to use while generating the 3D model."""

    back_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional back view image URL for better 3D reconstruction.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional back view image URL for better 3D reconstruction."""

    left_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional left view image URL for better 3D reconstruction.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional left view image URL for better 3D reconstruction."""

    right_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional right view image URL for better 3D reconstruction.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional right view image URL for better 3D reconstruction."""

    enable_pbr: Annotated[
        bool,
        Field(
            description="Whether to enable PBR material generation. Does not take effect when "
            "generate_type is Geometry."
        ),
    ] = False
    """Whether to enable PBR material generation. Does not take effect when generate_type is
    Geometry.
    """

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


class Hunyuan3dV3ImageTo3dOutput(OutputModel):
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
