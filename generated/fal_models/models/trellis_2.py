# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Trellis2Input(InputModel):
    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility")] = (
        MISSING
    )
    """Random seed for reproducibility"""

    resolution: Annotated[
        Literal[512, 1024, 1536],
        Field(description="Output resolution; higher is slower but more detailed"),
    ] = 1024
    """Output resolution; higher is slower but more detailed"""

    ss_guidance_strength: Annotated[
        float,
        Field(
            description="How closely the initial 3D structure follows the input image. Higher "
            "values produce more faithful but potentially noisier results.",
            ge=0.0,
            le=10.0,
        ),
    ] = 7.5
    """How closely the initial 3D structure follows the input image. Higher values produce more
    faithful but potentially noisier results.
    """

    ss_guidance_rescale: Annotated[
        float,
        Field(
            description="Dampens artifacts from high guidance in stage 1. Lower values allow "
            "stronger guidance effects, higher values stabilize the output.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.7
    """Dampens artifacts from high guidance in stage 1. Lower values allow stronger guidance
    effects, higher values stabilize the output.
    """

    ss_guidance_interval_start: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance "
            "starts for stage 1 (sparse structure). Guidance is only applied between "
            "interval_start and interval_end; outside this window the model runs unguided. Lower "
            "values apply guidance earlier.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.6
    """Fraction of the denoising process at which classifier-free guidance starts for stage 1
    (sparse structure). Guidance is only applied between interval_start and interval_end;
    outside this window the model runs unguided. Lower values apply guidance earlier.
    """

    ss_guidance_interval_end: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance ends "
            "for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Fraction of the denoising process at which classifier-free guidance ends for stage 1
    (sparse structure). Must be >= ss_guidance_interval_start.
    """

    ss_sampling_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps for the initial structure. More steps = slower "
            "but potentially higher quality.",
            ge=1,
            le=50,
        ),
    ] = 12
    """Number of denoising steps for the initial structure. More steps = slower but potentially
    higher quality.
    """

    ss_rescale_t: Annotated[
        float,
        Field(
            description="Controls noise schedule sharpness for structure generation. Higher "
            "values produce sharper transitions.",
            ge=1.0,
            le=6.0,
        ),
    ] = 5
    """Controls noise schedule sharpness for structure generation. Higher values produce sharper
    transitions.
    """

    shape_slat_guidance_strength: Annotated[
        float,
        Field(
            description="How closely the detailed geometry follows the input image. Higher values "
            "add more detail but may introduce noise.",
            ge=0.0,
            le=10.0,
        ),
    ] = 7.5
    """How closely the detailed geometry follows the input image. Higher values add more detail
    but may introduce noise.
    """

    shape_slat_guidance_rescale: Annotated[
        float,
        Field(
            description="Dampens artifacts from high guidance in the shape stage. Increase if you "
            "see noisy geometry.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Dampens artifacts from high guidance in the shape stage. Increase if you see noisy
    geometry.
    """

    shape_slat_guidance_interval_start: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance "
            "starts for stage 2 (shape refinement). Guidance is only applied between "
            "interval_start and interval_end.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.6
    """Fraction of the denoising process at which classifier-free guidance starts for stage 2
    (shape refinement). Guidance is only applied between interval_start and interval_end.
    """

    shape_slat_guidance_interval_end: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance ends "
            "for stage 2 (shape refinement). Must be >= shape_slat_guidance_interval_start.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Fraction of the denoising process at which classifier-free guidance ends for stage 2
    (shape refinement). Must be >= shape_slat_guidance_interval_start.
    """

    shape_slat_sampling_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps for shape refinement. More steps = slower but "
            "potentially smoother geometry.",
            ge=1,
            le=50,
        ),
    ] = 12
    """Number of denoising steps for shape refinement. More steps = slower but potentially
    smoother geometry.
    """

    shape_slat_rescale_t: Annotated[
        float,
        Field(
            description="Controls noise schedule sharpness for shape refinement. Higher values "
            "produce sharper geometric details.",
            ge=1.0,
            le=6.0,
        ),
    ] = 3
    """Controls noise schedule sharpness for shape refinement. Higher values produce sharper
    geometric details.
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
            "starts for stage 3 (texture). Guidance is only applied between interval_start and "
            "interval_end.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.6
    """Fraction of the denoising process at which classifier-free guidance starts for stage 3
    (texture). Guidance is only applied between interval_start and interval_end.
    """

    tex_slat_guidance_interval_end: Annotated[
        float,
        Field(
            description="Fraction of the denoising process at which classifier-free guidance ends "
            "for stage 3 (texture). Must be >= tex_slat_guidance_interval_start.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.9
    """Fraction of the denoising process at which classifier-free guidance ends for stage 3
    (texture). Must be >= tex_slat_guidance_interval_start.
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

    decimation_target: Annotated[
        int,
        Field(
            description="Target number of vertices in the final mesh. Lower values produce "
            "smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for "
            "web/mobile.",
            ge=5000,
            le=2000000,
        ),
    ] = 500000
    """Target number of vertices in the final mesh. Lower values produce smaller files but less
    detail. 500k is good for most uses, reduce to 20k-50k for web/mobile.
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

    remesh: Annotated[
        bool,
        Field(
            description="Rebuild the mesh topology for cleaner triangles. Slower but usually "
            "produces better results for downstream use (animation, 3D printing, etc)."
        ),
    ] = True
    """Rebuild the mesh topology for cleaner triangles. Slower but usually produces better
    results for downstream use (animation, 3D printing, etc).
    """

    remesh_band: Annotated[
        float,
        Field(
            description="Controls how far remeshing can move vertices from the original surface. "
            "Higher values allow more smoothing but may lose fine details.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """Controls how far remeshing can move vertices from the original surface. Higher values
    allow more smoothing but may lose fine details.
    """

    remesh_project: Annotated[
        float,
        Field(
            description="How much to project remeshed vertices back onto the original surface. 0 "
            "= no projection (smoother), 1 = full projection (preserves detail).",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """How much to project remeshed vertices back onto the original surface. 0 = no projection
    (smoother), 1 = full projection (preserves detail).
    """

    uv_unwrap_angle_threshold_deg: Annotated[
        float,
        Field(
            description="Maximum angle (in degrees) between adjacent face normals allowed within "
            "a single UV chart. Lower values produce more charts with less distortion; higher "
            "values produce fewer, larger charts with potentially more stretching.",
            ge=0.0,
            le=180.0,
        ),
    ] = 90
    """Maximum angle (in degrees) between adjacent face normals allowed within a single UV chart.
    Lower values produce more charts with less distortion; higher values produce fewer, larger
    charts with potentially more stretching.
    """

    uv_unwrap_refine_iterations: Annotated[
        int,
        Field(
            description="Number of local refinement passes during UV chart computation. Higher "
            "values produce cleaner chart boundaries at the cost of additional UV-unwrap time.",
            ge=0,
            le=10,
        ),
    ] = 0
    """Number of local refinement passes during UV chart computation. Higher values produce
    cleaner chart boundaries at the cost of additional UV-unwrap time.
    """

    uv_unwrap_global_iterations: Annotated[
        int,
        Field(
            description="Number of global clustering passes during UV chart computation. More "
            "passes produce more balanced charts.",
            ge=1,
            le=10,
        ),
    ] = 1
    """Number of global clustering passes during UV chart computation. More passes produce more
    balanced charts.
    """

    uv_unwrap_smooth_strength: Annotated[
        float,
        Field(
            description="Smoothing strength applied to UV chart boundaries. Higher values reduce "
            "visible seams but may introduce UV distortion.",
            ge=0.0,
            le=10.0,
        ),
    ] = 1
    """Smoothing strength applied to UV chart boundaries. Higher values reduce visible seams but
    may introduce UV distortion.
    """

    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to convert to 3D",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image to convert to 3D"""


class Trellis2Output(OutputModel):
    model_glb: Annotated[shared.File, Field(description="Generated 3D GLB file")]
    """Generated 3D GLB file"""
