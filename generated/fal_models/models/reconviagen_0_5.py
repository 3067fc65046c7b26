# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Reconviagen0_5Input(InputModel):
    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility")] = (
        MISSING
    )
    """Random seed for reproducibility"""

    resolution: Annotated[
        Literal[512, 1024, 1536],
        Field(description="Output resolution; higher is slower but more detailed"),
    ] = 1024
    """Output resolution; higher is slower but more detailed"""

    ss_source: Annotated[
        Literal["direct", "mesh", "mvtrellis2"],
        Field(
            description="Sparse structure source. 'mesh' gives best quality, 'direct' is fastest, "
            "'mvtrellis2' uses multi-view TRELLIS.2."
        ),
    ] = "mesh"
    """Sparse structure source. 'mesh' gives best quality, 'direct' is fastest, 'mvtrellis2' uses
    multi-view TRELLIS.2.
    """

    ss_guidance_strength: Annotated[
        float,
        Field(
            description="How closely the initial 3D structure follows the input. Higher values "
            "produce more faithful but potentially noisier results.",
            ge=0.0,
            le=10.0,
        ),
    ] = 7.5
    """How closely the initial 3D structure follows the input. Higher values produce more
    faithful but potentially noisier results.
    """

    ss_guidance_rescale: Annotated[
        float, Field(description="Dampens artifacts from high guidance in stage 1.", ge=0.0, le=1.0)
    ] = 0.7
    """Dampens artifacts from high guidance in stage 1."""

    ss_sampling_steps: Annotated[
        int, Field(description="Number of denoising steps for the initial structure.", ge=1, le=50)
    ] = 12
    """Number of denoising steps for the initial structure."""

    ss_rescale_t: Annotated[
        float,
        Field(
            description="Controls noise schedule sharpness for structure generation.",
            ge=1.0,
            le=6.0,
        ),
    ] = 5
    """Controls noise schedule sharpness for structure generation."""

    slat_guidance_strength: Annotated[
        float,
        Field(
            description="Guidance strength for SLat stage (only used when ss_source='mesh').",
            ge=0.0,
            le=10.0,
        ),
    ] = 7.5
    """Guidance strength for SLat stage (only used when ss_source='mesh')."""

    slat_guidance_rescale: Annotated[
        float,
        Field(
            description="Guidance rescale for SLat stage (only used when ss_source='mesh').",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Guidance rescale for SLat stage (only used when ss_source='mesh')."""

    slat_sampling_steps: Annotated[
        int,
        Field(
            description="Sampling steps for SLat stage (only used when ss_source='mesh').",
            ge=1,
            le=50,
        ),
    ] = 12
    """Sampling steps for SLat stage (only used when ss_source='mesh')."""

    slat_rescale_t: Annotated[
        float,
        Field(
            description="Rescale T for SLat stage (only used when ss_source='mesh').",
            ge=1.0,
            le=6.0,
        ),
    ] = 3
    """Rescale T for SLat stage (only used when ss_source='mesh')."""

    shape_slat_guidance_strength: Annotated[
        float,
        Field(description="How closely the detailed geometry follows the input.", ge=0.0, le=10.0),
    ] = 7.5
    """How closely the detailed geometry follows the input."""

    shape_slat_guidance_rescale: Annotated[
        float,
        Field(
            description="Dampens artifacts from high guidance in the shape stage.", ge=0.0, le=1.0
        ),
    ] = 0.5
    """Dampens artifacts from high guidance in the shape stage."""

    shape_slat_sampling_steps: Annotated[
        int, Field(description="Number of denoising steps for shape refinement.", ge=1, le=50)
    ] = 12
    """Number of denoising steps for shape refinement."""

    shape_slat_rescale_t: Annotated[
        float,
        Field(
            description="Controls noise schedule sharpness for shape refinement.", ge=1.0, le=6.0
        ),
    ] = 3
    """Controls noise schedule sharpness for shape refinement."""

    tex_slat_guidance_strength: Annotated[
        float,
        Field(description="How closely the texture follows the input colors.", ge=0.0, le=10.0),
    ] = 1
    """How closely the texture follows the input colors."""

    tex_slat_guidance_rescale: Annotated[
        float,
        Field(
            description="Dampens artifacts from high guidance in the texture stage.", ge=0.0, le=1.0
        ),
    ] = 0
    """Dampens artifacts from high guidance in the texture stage."""

    tex_slat_sampling_steps: Annotated[
        int, Field(description="Number of denoising steps for texture generation.", ge=1, le=50)
    ] = 12
    """Number of denoising steps for texture generation."""

    tex_slat_rescale_t: Annotated[
        float,
        Field(
            description="Controls noise schedule sharpness for texture generation.", ge=1.0, le=6.0
        ),
    ] = 3
    """Controls noise schedule sharpness for texture generation."""

    decimation_target: Annotated[
        int, Field(description="Target number of vertices in the final mesh.", ge=5000, le=2000000)
    ] = 500000
    """Target number of vertices in the final mesh."""

    texture_size: Annotated[
        Literal[1024, 2048, 4096],
        Field(description="Resolution of the texture image baked onto the mesh."),
    ] = 2048
    """Resolution of the texture image baked onto the mesh."""

    image_urls: Annotated[
        list[str],
        Field(
            description="One or more views of the same object. Multiple views yield "
            "higher-quality 3D reconstruction.",
            json_schema_extra={"x-fal-file": True},
            max_length=16,
            min_length=1,
        ),
    ]
    """One or more views of the same object. Multiple views yield higher-quality 3D
    reconstruction.
    """

    multi_image_strategy: Annotated[
        Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ],
        Field(
            description="Strategy for combining multi-view conditioning. "
            "'adaptive_guidance_weight' works best in most cases. Only used when more than one "
            "image is provided."
        ),
    ] = "adaptive_guidance_weight"
    """Strategy for combining multi-view conditioning. 'adaptive_guidance_weight' works best in
    most cases. Only used when more than one image is provided.
    """


class Reconviagen0_5Output(OutputModel):
    model_glb: Annotated[shared.File, Field(description="Generated 3D GLB file with PBR materials")]
    """Generated 3D GLB file with PBR materials"""

    seed: Annotated[int, Field(description="Seed used for generation.")]
    """Seed used for generation."""
