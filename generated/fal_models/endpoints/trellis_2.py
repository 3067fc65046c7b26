# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/trellis-2` (Trellis 2)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models._uploads import FileInput
from fal_models.models.trellis_2 import Trellis2Input, Trellis2Output

__all__ = ["Trellis2", "AsyncTrellis2", "Trellis2Input", "Trellis2Output"]


class Trellis2(SyncEndpoint[Trellis2Input, Trellis2Output]):
    """Trellis 2 (`fal-ai/trellis-2`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis-2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis-2"
    input_model: ClassVar[type[Trellis2Input]] = Trellis2Input
    output_model: ClassVar[type[Trellis2Output]] = Trellis2Output
    Input = Trellis2Input
    Output = Trellis2Output

    def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Trellis2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Trellis2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Trellis2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Trellis2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncTrellis2(AsyncEndpoint[Trellis2Input, Trellis2Output]):
    """Trellis 2 (`fal-ai/trellis-2`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis-2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis-2"
    input_model: ClassVar[type[Trellis2Input]] = Trellis2Input
    output_model: ClassVar[type[Trellis2Output]] = Trellis2Output
    Input = Trellis2Input
    Output = Trellis2Output

    async def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Trellis2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Trellis2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Trellis2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_guidance_interval_start: float | Omit = omit,
        ss_guidance_interval_end: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_guidance_interval_start: float | Omit = omit,
        shape_slat_guidance_interval_end: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        remesh: bool | Omit = omit,
        remesh_band: float | Omit = omit,
        remesh_project: float | Omit = omit,
        uv_unwrap_angle_threshold_deg: float | Omit = omit,
        uv_unwrap_refine_iterations: int | Omit = omit,
        uv_unwrap_global_iterations: int | Omit = omit,
        uv_unwrap_smooth_strength: float | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Trellis2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_guidance_strength: How closely the initial 3D structure follows the input image.
                Higher values produce more faithful but potentially noisier results. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Lower values allow
                stronger guidance effects, higher values stabilize the output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            ss_guidance_interval_start: Fraction of the denoising process at which classifier-free
                guidance starts for stage 1 (sparse structure). Guidance is only applied between
                interval_start and interval_end; outside this window the model runs unguided. Lower
                values apply guidance earlier. Default: 0.6. Limits: minimum 0, maximum 1.
            ss_guidance_interval_end: Fraction of the denoising process at which classifier-free
                guidance ends for stage 1 (sparse structure). Must be >= ss_guidance_interval_start.
                Default: 1. Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. More steps =
                slower but potentially higher quality. Default: 12. Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Higher values
                produce sharper transitions. Default: 5. Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input image.
                Higher values add more detail but may introduce noise. Default: 7.5. Limits: minimum
                0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Increase if you see noisy geometry. Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 2 (shape refinement). Guidance is only
                applied between interval_start and interval_end. Default: 0.6. Limits: minimum 0,
                maximum 1.
            shape_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 2 (shape refinement). Must be >=
                shape_slat_guidance_interval_start. Default: 1. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. More steps =
                slower but potentially smoother geometry. Default: 12. Limits: minimum 1, maximum
                50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Higher
                values produce sharper geometric details. Default: 3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for stage 3 (texture). Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for stage 3 (texture). Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Lower values produce
                smaller files but less detail. 500k is good for most uses, reduce to 20k-50k for
                web/mobile. Default: 500000. Limits: minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            remesh: Rebuild the mesh topology for cleaner triangles. Slower but usually produces
                better results for downstream use (animation, 3D printing, etc). Default: true.
            remesh_band: Controls how far remeshing can move vertices from the original surface.
                Higher values allow more smoothing but may lose fine details. Default: 1. Limits:
                minimum 0, maximum 4.
            remesh_project: How much to project remeshed vertices back onto the original surface. 0
                = no projection (smoother), 1 = full projection (preserves detail). Default: 0.
                Limits: minimum 0, maximum 1.
            uv_unwrap_angle_threshold_deg: Maximum angle (in degrees) between adjacent face normals
                allowed within a single UV chart. Lower values produce more charts with less
                distortion; higher values produce fewer, larger charts with potentially more
                stretching. Default: 90. Limits: minimum 0, maximum 180.
            uv_unwrap_refine_iterations: Number of local refinement passes during UV chart
                computation. Higher values produce cleaner chart boundaries at the cost of
                additional UV-unwrap time. Default: 0. Limits: minimum 0, maximum 10.
            uv_unwrap_global_iterations: Number of global clustering passes during UV chart
                computation. More passes produce more balanced charts. Default: 1. Limits: minimum
                1, maximum 10.
            uv_unwrap_smooth_strength: Smoothing strength applied to UV chart boundaries. Higher
                values reduce visible seams but may introduce UV distortion. Default: 1. Limits:
                minimum 0, maximum 10.
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_guidance_interval_start": ss_guidance_interval_start,
                "ss_guidance_interval_end": ss_guidance_interval_end,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_guidance_interval_start": shape_slat_guidance_interval_start,
                "shape_slat_guidance_interval_end": shape_slat_guidance_interval_end,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "remesh": remesh,
                "remesh_band": remesh_band,
                "remesh_project": remesh_project,
                "uv_unwrap_angle_threshold_deg": uv_unwrap_angle_threshold_deg,
                "uv_unwrap_refine_iterations": uv_unwrap_refine_iterations,
                "uv_unwrap_global_iterations": uv_unwrap_global_iterations,
                "uv_unwrap_smooth_strength": uv_unwrap_smooth_strength,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
