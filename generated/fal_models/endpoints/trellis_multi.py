# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/trellis/multi` (Trellis Multi)."""

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
from fal_models.models.trellis_multi import TrellisMultiInput, TrellisMultiOutput

__all__ = ["TrellisMulti", "AsyncTrellisMulti", "TrellisMultiInput", "TrellisMultiOutput"]


class TrellisMulti(SyncEndpoint[TrellisMultiInput, TrellisMultiOutput]):
    """Trellis Multi (`fal-ai/trellis/multi`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis/multi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis/multi"
    input_model: ClassVar[type[TrellisMultiInput]] = TrellisMultiInput
    output_model: ClassVar[type[TrellisMultiOutput]] = TrellisMultiOutput
    Input = TrellisMultiInput
    Output = TrellisMultiOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TrellisMultiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TrellisMultiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TrellisMultiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TrellisMultiOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return self._stream(payload, options)


class AsyncTrellisMulti(AsyncEndpoint[TrellisMultiInput, TrellisMultiOutput]):
    """Trellis Multi (`fal-ai/trellis/multi`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis/multi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis/multi"
    input_model: ClassVar[type[TrellisMultiInput]] = TrellisMultiInput
    output_model: ClassVar[type[TrellisMultiOutput]] = TrellisMultiOutput
    Input = TrellisMultiInput
    Output = TrellisMultiOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TrellisMultiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TrellisMultiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TrellisMultiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        multiimage_algo: Literal["stochastic", "multidiffusion"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TrellisMultiOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of URLs of input images to convert to 3D. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            ss_guidance_strength: Guidance strength for sparse structure generation. Default: 7.5.
                Limits: minimum 0, maximum 10.
            ss_sampling_steps: Sampling steps for sparse structure generation. Default: 12. Limits:
                minimum 1, maximum 50.
            slat_guidance_strength: Guidance strength for structured latent generation. Default: 3.
                Limits: minimum 0, maximum 10.
            slat_sampling_steps: Sampling steps for structured latent generation. Default: 12.
                Limits: minimum 1, maximum 50.
            mesh_simplify: Mesh simplification factor. Default: 0.95. Limits: minimum 0.9, maximum
                0.98.
            texture_size: Texture resolution. Default: 1024.
            multiimage_algo: Algorithm for multi-image generation. Default: "stochastic".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
                "multiimage_algo": multiimage_algo,
            }
        )
        return self._stream(payload, options)
