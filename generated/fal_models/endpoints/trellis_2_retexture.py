# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/trellis-2/retexture` (Trellis 2 Retexture)."""

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
from fal_models.models.trellis_2_retexture import Trellis2RetextureInput, Trellis2RetextureOutput

__all__ = [
    "Trellis2Retexture",
    "AsyncTrellis2Retexture",
    "Trellis2RetextureInput",
    "Trellis2RetextureOutput",
]


class Trellis2Retexture(SyncEndpoint[Trellis2RetextureInput, Trellis2RetextureOutput]):
    """Trellis 2 Retexture (`fal-ai/trellis-2/retexture`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis-2/retexture/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis-2/retexture"
    input_model: ClassVar[type[Trellis2RetextureInput]] = Trellis2RetextureInput
    output_model: ClassVar[type[Trellis2RetextureOutput]] = Trellis2RetextureOutput
    Input = Trellis2RetextureInput
    Output = Trellis2RetextureOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Trellis2RetextureOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Trellis2RetextureOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Trellis2RetextureOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Trellis2RetextureOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return self._stream(payload, options)


class AsyncTrellis2Retexture(AsyncEndpoint[Trellis2RetextureInput, Trellis2RetextureOutput]):
    """Trellis 2 Retexture (`fal-ai/trellis-2/retexture`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis-2/retexture/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis-2/retexture"
    input_model: ClassVar[type[Trellis2RetextureInput]] = Trellis2RetextureInput
    output_model: ClassVar[type[Trellis2RetextureOutput]] = Trellis2RetextureOutput
    Input = Trellis2RetextureInput
    Output = Trellis2RetextureOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Trellis2RetextureOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Trellis2RetextureOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Trellis2RetextureOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mesh_url: FileInput,
        seed: int | None | Omit = omit,
        resolution: Literal[512, 1024] | Omit = omit,
        tex_slat_guidance_strength: float | Omit = omit,
        tex_slat_guidance_rescale: float | Omit = omit,
        tex_slat_guidance_interval_start: float | Omit = omit,
        tex_slat_guidance_interval_end: float | Omit = omit,
        tex_slat_sampling_steps: int | Omit = omit,
        tex_slat_rescale_t: float | Omit = omit,
        texture_size: Literal[1024, 2048, 4096] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Trellis2RetextureOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the reference image for texturing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            mesh_url: URL of the untextured 3D mesh to retexture. Supports GLB, OBJ, PLY, and STL
                formats. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            resolution: Internal resolution for texture generation. Higher produces finer texture
                details but is slower. Default: 1024.
            tex_slat_guidance_strength: How closely the texture follows the input image colors.
                Higher values produce more vivid but potentially oversaturated textures. Default: 1.
                Limits: minimum 0, maximum 10.
            tex_slat_guidance_rescale: Dampens artifacts from high guidance in the texture stage.
                Increase if textures look noisy or have color banding. Default: 0. Limits: minimum
                0, maximum 1.
            tex_slat_guidance_interval_start: Fraction of the denoising process at which
                classifier-free guidance starts for the texture stage. Guidance is only applied
                between interval_start and interval_end. Default: 0.6. Limits: minimum 0, maximum 1.
            tex_slat_guidance_interval_end: Fraction of the denoising process at which
                classifier-free guidance ends for the texture stage. Must be >=
                tex_slat_guidance_interval_start. Default: 0.9. Limits: minimum 0, maximum 1.
            tex_slat_sampling_steps: Number of denoising steps for texture generation. More steps =
                slower but potentially cleaner textures. Default: 12. Limits: minimum 1, maximum 50.
            tex_slat_rescale_t: Controls noise schedule sharpness for texture generation. Higher
                values produce sharper texture details. Default: 3. Limits: minimum 1, maximum 6.
            texture_size: Resolution of the texture image baked onto the mesh. Higher values capture
                finer surface details but produce larger files. Default: 2048.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
                "seed": seed,
                "resolution": resolution,
                "tex_slat_guidance_strength": tex_slat_guidance_strength,
                "tex_slat_guidance_rescale": tex_slat_guidance_rescale,
                "tex_slat_guidance_interval_start": tex_slat_guidance_interval_start,
                "tex_slat_guidance_interval_end": tex_slat_guidance_interval_end,
                "tex_slat_sampling_steps": tex_slat_sampling_steps,
                "tex_slat_rescale_t": tex_slat_rescale_t,
                "texture_size": texture_size,
            }
        )
        return self._stream(payload, options)
