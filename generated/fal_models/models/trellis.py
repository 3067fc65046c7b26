# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TrellisInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to convert to 3D",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image to convert to 3D"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility")] = (
        MISSING
    )
    """Random seed for reproducibility"""

    ss_guidance_strength: Annotated[
        float,
        Field(description="Guidance strength for sparse structure generation", ge=0.0, le=10.0),
    ] = 7.5
    """Guidance strength for sparse structure generation"""

    ss_sampling_steps: Annotated[
        int, Field(description="Sampling steps for sparse structure generation", ge=1, le=50)
    ] = 12
    """Sampling steps for sparse structure generation"""

    slat_guidance_strength: Annotated[
        float,
        Field(description="Guidance strength for structured latent generation", ge=0.0, le=10.0),
    ] = 3
    """Guidance strength for structured latent generation"""

    slat_sampling_steps: Annotated[
        int, Field(description="Sampling steps for structured latent generation", ge=1, le=50)
    ] = 12
    """Sampling steps for structured latent generation"""

    mesh_simplify: Annotated[
        float, Field(description="Mesh simplification factor", ge=0.9, le=0.98)
    ] = 0.95
    """Mesh simplification factor"""

    texture_size: Annotated[Literal[512, 1024, 2048], Field(description="Texture resolution")] = (
        1024
    )
    """Texture resolution"""


class TrellisOutput(OutputModel):
    model_mesh: Annotated[shared.File, Field(description="Generated 3D mesh file")]
    """Generated 3D mesh file"""

    timings: Annotated[dict[str, float], Field(description="Processing timings")]
    """Processing timings"""
