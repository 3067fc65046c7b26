# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

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
            ge=48,
            le=20000,
        ),
    ],
)


class Tripo3dP1TextTo3dInput(InputModel):
    """Input for Text to 3D generation using the P1 model.

    P1 is optimized for clean low-poly mesh generation in ~2 seconds.
    It supports a restricted parameter set compared to H3.1/v2.5.
    """

    prompt: Annotated[
        str,
        Field(
            description="Text description of the 3D object to generate. Maximum 1024 characters.",
            max_length=1024,
        ),
    ]
    """Text description of the 3D object to generate. Maximum 1024 characters."""

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

    model_seed: Annotated[
        int | None | MISSING, Field(description="Seed for geometry generation reproducibility.")
    ] = MISSING
    """Seed for geometry generation reproducibility."""


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


class Tripo3dP1TextTo3dOutput(OutputModel):
    """Output for Tripo3D generation"""

    model_mesh: Annotated[shared.File, Field(description="Generated 3D model file in GLB format.")]
    """Generated 3D model file in GLB format."""

    model_urls: Annotated[ModelUrls, Field(description="URLs for different 3D model variants.")]
    """URLs for different 3D model variants."""

    rendered_image: Annotated[
        shared.File | None | MISSING, Field(description="Preview render of the generated 3D model.")
    ] = MISSING
    """Preview render of the generated 3D model."""
