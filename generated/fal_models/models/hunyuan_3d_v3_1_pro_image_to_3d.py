# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV3_1ProImageTo3dInput(InputModel):
    input_image_url: Annotated[
        str,
        Field(
            description="Front view image URL. Resolution: 128-5000px, max 8MB, formats: "
            "JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Front view image URL. Resolution: 128-5000px, max 8MB, formats: JPG/PNG/WEBP. Tips: simple
    background, single object, object >50% of frame.
    """

    back_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional back/rear view image URL (JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional back/rear view image URL (JPG/PNG recommended)."""

    left_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional left side view image URL (JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional left side view image URL (JPG/PNG recommended)."""

    right_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional right side view image URL (JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional right side view image URL (JPG/PNG recommended)."""

    top_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional top view image URL (v3.1 exclusive, JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional top view image URL (v3.1 exclusive, JPG/PNG recommended)."""

    bottom_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended)."""

    left_front_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional left-front 45 degree angle view image URL (v3.1 exclusive, "
            "JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional left-front 45 degree angle view image URL (v3.1 exclusive, JPG/PNG recommended)."""

    right_front_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional right-front 45 degree angle view image URL (v3.1 exclusive, "
            "JPG/PNG recommended).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional right-front 45 degree angle view image URL (v3.1 exclusive, JPG/PNG recommended)."""

    generate_type: Annotated[
        Literal["Normal", "Geometry"],
        Field(
            description="Generation task type. Normal: textured model. Geometry: geometry-only "
            "white model (no textures). LowPoly/Sketch are not available in v3.1."
        ),
    ] = "Normal"
    """Generation task type. Normal: textured model. Geometry: geometry-only white model (no
    textures). LowPoly/Sketch are not available in v3.1.
    """

    enable_pbr: Annotated[
        bool,
        Field(
            description="Enable PBR material generation (metallic, roughness, normal textures). "
            "Ignored when generate_type is Geometry."
        ),
    ] = False
    """Enable PBR material generation (metallic, roughness, normal textures). Ignored when
    generate_type is Geometry.
    """

    face_count: Annotated[
        int,
        Field(
            description="Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.",
            ge=40000,
            le=1500000,
        ),
    ] = 500000
    """Target polygon face count. Range: 40,000-1,500,000. Default: 500,000."""


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


class Hunyuan3dV3_1ProImageTo3dOutput(OutputModel):
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
