# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

FaceLimit = TypeAliasType(
    "FaceLimit",
    Annotated[
        int,
        Field(
            description="Target number of faces for the generated mesh. If not set, the model "
            "adaptively determines the count.",
            ge=1000,
            le=2000000,
        ),
    ],
)


class Tripo3dH3_1ImageTo3dInput(InputModel):
    """Input for Image to 3D generation using full-featured models (H3.1, v2.5)."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image for 3D model creation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image for 3D model creation."""

    face_limit: Annotated[
        FaceLimit | None | MISSING,
        Field(
            description="Target number of faces for the generated mesh. If not set, the model "
            "adaptively determines the count."
        ),
    ] = MISSING
    """Target number of faces for the generated mesh. If not set, the model adaptively determines
    the count.
    """

    texture: Annotated[bool, Field(description="Whether to generate textures for the model.")] = (
        True
    )
    """Whether to generate textures for the model."""

    pbr: Annotated[
        bool,
        Field(
            description="Whether to generate PBR (Physically Based Rendering) materials. If true, "
            "texture is also enabled."
        ),
    ] = True
    """Whether to generate PBR (Physically Based Rendering) materials. If true, texture is also
    enabled.
    """

    model_seed: Annotated[
        int | None | MISSING, Field(description="Seed for geometry generation reproducibility.")
    ] = MISSING
    """Seed for geometry generation reproducibility."""

    texture_seed: Annotated[
        int | None | MISSING, Field(description="Seed for texture generation reproducibility.")
    ] = MISSING
    """Seed for texture generation reproducibility."""

    texture_quality: Annotated[
        Literal["standard", "detailed"],
        Field(
            description="Quality level for textures. 'detailed' produces higher-resolution "
            "textures."
        ),
    ] = "standard"
    """Quality level for textures. 'detailed' produces higher-resolution textures."""

    geometry_quality: Annotated[
        Literal["standard", "detailed"], Field(description="Quality level for geometry.")
    ] = "standard"
    """Quality level for geometry."""

    texture_alignment: Annotated[
        Literal["original_image", "geometry"],
        Field(
            description="How textures are aligned. 'original_image' aligns to input image, "
            "'geometry' aligns to generated geometry."
        ),
    ] = "original_image"
    """How textures are aligned. 'original_image' aligns to input image, 'geometry' aligns to
    generated geometry.
    """

    auto_size: Annotated[
        bool, Field(description="Auto-scale the model to real-world dimensions (meters).")
    ] = False
    """Auto-scale the model to real-world dimensions (meters)."""

    orientation: Annotated[
        Literal["default", "align_image"],
        Field(
            description="Model orientation. 'align_image' auto-rotates to match the input image."
        ),
    ] = "default"
    """Model orientation. 'align_image' auto-rotates to match the input image."""

    quad: Annotated[
        bool, Field(description="Generate quad (4-sided) mesh topology instead of triangles.")
    ] = False
    """Generate quad (4-sided) mesh topology instead of triangles."""


class ModelUrls(OutputModel):
    """3D model download URLs"""

    glb: Annotated[
        shared.File | None | MISSING, Field(description="GLB format 3D model (default output)")
    ] = MISSING
    """GLB format 3D model (default output)"""

    base_model: Annotated[
        shared.File | None | MISSING, Field(description="Base (untextured) model")
    ] = MISSING
    """Base (untextured) model"""

    pbr_model: Annotated[shared.File | None | MISSING, Field(description="PBR-textured model")] = (
        MISSING
    )
    """PBR-textured model"""


class Tripo3dH3_1ImageTo3dOutput(OutputModel):
    """Output for Tripo3D generation"""

    model_mesh: Annotated[shared.File, Field(description="Generated 3D model file in GLB format.")]
    """Generated 3D model file in GLB format."""

    model_urls: Annotated[ModelUrls, Field(description="URLs for different 3D model variants.")]
    """URLs for different 3D model variants."""

    rendered_image: Annotated[
        shared.File | None | MISSING, Field(description="Preview render of the generated 3D model.")
    ] = MISSING
    """Preview render of the generated 3D model."""
