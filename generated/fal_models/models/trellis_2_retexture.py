# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Trellis2RetextureInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the reference image for texturing",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the reference image for texturing"""

    mesh_url: Annotated[
        str,
        Field(
            description="URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and "
            "STL formats.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL formats."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility")] = (
        MISSING
    )
    """Random seed for reproducibility"""

    resolution: Annotated[
        Literal[512, 1024],
        Field(
            description="Internal resolution for texture generation. Higher produces finer "
            "texture details but is slower."
        ),
    ] = 1024
    """Internal resolution for texture generation. Higher produces finer texture details but is
    slower.
    """

    tex_slat_guidance_strength: Annotated[
        float,
        Field(
            description="How closely the texture follows the input image colors. Higher values "
            "produce more vivid but potentially oversaturated textures.",
            ge=0.0,
            le=10.0,
        ),
    ] = 1
    """How closely the texture follows the input image colors. Higher values produce more vivid
    but potentially oversaturated textures.
    """

    tex_slat_guidance_rescale: Annotated[
        float,
        Field(
            description="Dampens artifacts from high guidance in the texture stage. Increase if "
            "textures look noisy or have color banding.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """Dampens artifacts from high guidance in the texture stage. Increase if textures look noisy
    or have color banding.
    """

    tex_slat_guidance_interval_start: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance "
            "starts for the texture stage. Guidance is only applied between interval_start and "
            "interval_end.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.6
    """Fraction of the denoising process at which classifier-free guidance starts for the texture
    stage. Guidance is only applied between interval_start and interval_end.
    """

    tex_slat_guidance_interval_end: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance ends "
            "for the texture stage. Must be >= tex_slat_guidance_interval_start.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.9
    """Fraction of the denoising process at which classifier-free guidance ends for the texture
    stage. Must be >= tex_slat_guidance_interval_start.
    """

    tex_slat_sampling_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps for texture generation. More steps = slower "
            "but potentially cleaner textures.",
            ge=1,
            le=50,
        ),
    ] = 12
    """Number of denoising steps for texture generation. More steps = slower but potentially
    cleaner textures.
    """

    tex_slat_rescale_t: Annotated[
        float,
        Field(
            description="Controls noise schedule sharpness for texture generation. Higher values "
            "produce sharper texture details.",
            ge=1.0,
            le=6.0,
        ),
    ] = 3
    """Controls noise schedule sharpness for texture generation. Higher values produce sharper
    texture details.
    """

    texture_size: Annotated[
        Literal[1024, 2048, 4096],
        Field(
            description="Resolution of the texture image baked onto the mesh. Higher values "
            "capture finer surface details but produce larger files."
        ),
    ] = 2048
    """Resolution of the texture image baked onto the mesh. Higher values capture finer surface
    details but produce larger files.
    """


class Trellis2RetextureOutput(OutputModel):
    model_glb: Annotated[shared.File, Field(description="Generated 3D GLB file")]
    """Generated 3D GLB file"""
