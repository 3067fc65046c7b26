# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/reconviagen-0.5` (Reconviagen 0.5)."""

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
from fal_models.models.reconviagen_0_5 import Reconviagen0_5Input, Reconviagen0_5Output

__all__ = ["Reconviagen0_5", "AsyncReconviagen0_5", "Reconviagen0_5Input", "Reconviagen0_5Output"]


class Reconviagen0_5(SyncEndpoint[Reconviagen0_5Input, Reconviagen0_5Output]):
    """Reconviagen 0.5 (`fal-ai/reconviagen-0.5`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/reconviagen-0.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/reconviagen-0.5"
    input_model: ClassVar[type[Reconviagen0_5Input]] = Reconviagen0_5Input
    output_model: ClassVar[type[Reconviagen0_5Output]] = Reconviagen0_5Output
    Input = Reconviagen0_5Input
    Output = Reconviagen0_5Output

    def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Reconviagen0_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Reconviagen0_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Reconviagen0_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Reconviagen0_5Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return self._stream(payload, options)


class AsyncReconviagen0_5(AsyncEndpoint[Reconviagen0_5Input, Reconviagen0_5Output]):
    """Reconviagen 0.5 (`fal-ai/reconviagen-0.5`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/reconviagen-0.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/reconviagen-0.5"
    input_model: ClassVar[type[Reconviagen0_5Input]] = Reconviagen0_5Input
    output_model: ClassVar[type[Reconviagen0_5Output]] = Reconviagen0_5Output
    Input = Reconviagen0_5Input
    Output = Reconviagen0_5Output

    async def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Reconviagen0_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Reconviagen0_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Reconviagen0_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024, 1536] | Omit = omit,
        ss_source: Literal["direct", "mesh", "mvtrellis2"] | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_guidance_rescale: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        ss_rescale_t: float | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_guidance_rescale: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        slat_rescale_t: float | Omit = omit,
        shape_slat_guidance_strength: float | Omit = omit,
        shape_slat_guidance_rescale: float | Omit = omit,
        shape_slat_sampling_steps: int | Omit = omit,
        shape_slat_rescale_t: float | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        decimation_target: int | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        image_urls: list[FileInput],
        multi_image_strategy: Literal[
            "average_right",
            "weighted_average",
            "sequential",
            "average",
            "adaptive_guidance_weight",
            "fixed_guidance_rescale",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Reconviagen0_5Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: Random seed for reproducibility.
            resolution: Output resolution; higher is slower but more detailed. Default: 1024.
            ss_source: Sparse structure source. 'mesh' gives best quality, 'direct' is fastest,
                'mvtrellis2' uses multi-view TRELLIS.2. Default: "mesh".
            ss_guidance_strength: How closely the initial 3D structure follows the input. Higher
                values produce more faithful but potentially noisier results. Default: 7.5. Limits:
                minimum 0, maximum 10.
            ss_guidance_rescale: Dampens artifacts from high guidance in stage 1. Default: 0.7.
                Limits: minimum 0, maximum 1.
            ss_sampling_steps: Number of denoising steps for the initial structure. Default: 12.
                Limits: minimum 1, maximum 50.
            ss_rescale_t: Controls noise schedule sharpness for structure generation. Default: 5.
                Limits: minimum 1, maximum 6.
            slat_guidance_strength: Guidance strength for SLat stage (only used when
                ss_source='mesh'). Default: 7.5. Limits: minimum 0, maximum 10.
            slat_guidance_rescale: Guidance rescale for SLat stage (only used when
                ss_source='mesh'). Default: 0.5. Limits: minimum 0, maximum 1.
            slat_sampling_steps: Sampling steps for SLat stage (only used when ss_source='mesh').
                Default: 12. Limits: minimum 1, maximum 50.
            slat_rescale_t: Rescale T for SLat stage (only used when ss_source='mesh'). Default: 3.
                Limits: minimum 1, maximum 6.
            shape_slat_guidance_strength: How closely the detailed geometry follows the input.
                Default: 7.5. Limits: minimum 0, maximum 10.
            shape_slat_guidance_rescale: Dampens artifacts from high guidance in the shape stage.
                Default: 0.5. Limits: minimum 0, maximum 1.
            shape_slat_sampling_steps: Number of denoising steps for shape refinement. Default: 12.
                Limits: minimum 1, maximum 50.
            shape_slat_rescale_t: Controls noise schedule sharpness for shape refinement. Default:
                3. Limits: minimum 1, maximum 6.
            tex_slat_guidance_strength: How closely the texture follows the input colors. Default:
                1. Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Default: 0. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. Default: 12.
                Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Default:
                3. Limits: minimum 1, maximum 6.
            decimation_target: Target number of vertices in the final mesh. Default: 500000. Limits:
                minimum 5000, maximum 2000000.
            texture_size: Resolution of the texture image baked onto the mesh. Default: 2048.
            image_urls: One or more views of the same object. Multiple views yield higher-quality 3D
                reconstruction. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 16.
            multi_image_strategy: Strategy for combining multi-view conditioning.
                'adaptive_guidance_weight' works best in most cases. Only used when more than one
                image is provided. Default: "adaptive_guidance_weight".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "resolution": resolution,
                "ss_source": ss_source,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_guidance_rescale": ss_guidance_rescale,
                "ss_sampling_steps": ss_sampling_steps,
                "ss_rescale_t": ss_rescale_t,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_guidance_rescale": slat_guidance_rescale,
                "slat_sampling_steps": slat_sampling_steps,
                "slat_rescale_t": slat_rescale_t,
                "shape_slat_guidance_strength": shape_slat_guidance_strength,
                "shape_slat_guidance_rescale": shape_slat_guidance_rescale,
                "shape_slat_sampling_steps": shape_slat_sampling_steps,
                "shape_slat_rescale_t": shape_slat_rescale_t,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "decimation_target": decimation_target,
                "texture_size": texture_size,
                "image_urls": image_urls,
                "multi_image_strategy": multi_image_strategy,
            }
        )
        return self._stream(payload, options)
