# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

FaceLimit = TypeAliasType("FaceLimit", Annotated[int, Field(ge=1000, le=2000000)])
"""Target number of faces for the generated mesh. If not set, the model adaptively determines the
count.
"""


class ModelUrls(OutputModel):
    """3D model download URLs"""

    glb: shared.File | None | MISSING = MISSING
    """GLB format 3D model (default output)"""
    base_model: shared.File | None | MISSING = MISSING
    """Base (untextured) model"""
    pbr_model: shared.File | None | MISSING = MISSING
    """PBR-textured model"""


class Tripo3dH3_1ImageTo3dInput(InputModel):
    """Input for Image to 3D generation using full-featured models (H3.1, v2.5)."""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image for 3D model creation."""
    face_limit: FaceLimit | None | MISSING = MISSING
    """Target number of faces for the generated mesh. If not set, the model adaptively determines
    the count.
    """
    texture: bool = True
    """Whether to generate textures for the model."""
    pbr: bool = True
    """Whether to generate PBR (Physically Based Rendering) materials. If true, texture is also
    enabled.
    """
    model_seed: int | None | MISSING = MISSING
    """Seed for geometry generation reproducibility."""
    texture_seed: int | None | MISSING = MISSING
    """Seed for texture generation reproducibility."""
    texture_quality: Literal["standard", "detailed"] = "standard"
    """Quality level for textures. 'detailed' produces higher-resolution textures."""
    geometry_quality: Literal["standard", "detailed"] = "standard"
    """Quality level for geometry."""
    texture_alignment: Literal["original_image", "geometry"] = "original_image"
    """How textures are aligned. 'original_image' aligns to input image, 'geometry' aligns to
    generated geometry.
    """
    auto_size: bool = False
    """Auto-scale the model to real-world dimensions (meters)."""
    orientation: Literal["default", "align_image"] = "default"
    """Model orientation. 'align_image' auto-rotates to match the input image."""
    quad: bool = False
    """Generate quad (4-sided) mesh topology instead of triangles."""


class Tripo3dH3_1ImageTo3dOutput(OutputModel):
    """Output for Tripo3D generation"""

    model_mesh: shared.File
    """Generated 3D model file in GLB format."""
    model_urls: ModelUrls
    """URLs for different 3D model variants."""
    rendered_image: shared.File | None | MISSING = MISSING
    """Preview render of the generated 3D model."""
