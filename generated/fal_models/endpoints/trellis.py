# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/trellis` (Trellis)."""

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
from fal_models.models.trellis import TrellisInput, TrellisOutput

__all__ = ["Trellis", "AsyncTrellis", "TrellisInput", "TrellisOutput"]


class Trellis(SyncEndpoint[TrellisInput, TrellisOutput]):
    """Trellis (`fal-ai/trellis`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis"
    input_model: ClassVar[type[TrellisInput]] = TrellisInput
    output_model: ClassVar[type[TrellisOutput]] = TrellisOutput
    Input = TrellisInput
    Output = TrellisOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TrellisOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TrellisOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TrellisOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TrellisOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return self._stream(payload, options)


class AsyncTrellis(AsyncEndpoint[TrellisInput, TrellisOutput]):
    """Trellis (`fal-ai/trellis`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/trellis/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/trellis"
    input_model: ClassVar[type[TrellisInput]] = TrellisInput
    output_model: ClassVar[type[TrellisOutput]] = TrellisOutput
    Input = TrellisInput
    Output = TrellisOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TrellisOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TrellisOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TrellisOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        ss_guidance_strength: float | Omit = omit,
        ss_sampling_steps: int | Omit = omit,
        slat_guidance_strength: float | Omit = omit,
        slat_sampling_steps: int | Omit = omit,
        mesh_simplify: float | Omit = omit,
        texture_size: Literal[512, 1024, 2048] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TrellisOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image to convert to 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "ss_guidance_strength": ss_guidance_strength,
                "ss_sampling_steps": ss_sampling_steps,
                "slat_guidance_strength": slat_guidance_strength,
                "slat_sampling_steps": slat_sampling_steps,
                "mesh_simplify": mesh_simplify,
                "texture_size": texture_size,
            }
        )
        return self._stream(payload, options)
