# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ultrashape` (Ultrashape)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.ultrashape import UltrashapeInput, UltrashapeOutput

__all__ = ["Ultrashape", "AsyncUltrashape", "UltrashapeInput", "UltrashapeOutput"]


class Ultrashape(SyncEndpoint[UltrashapeInput, UltrashapeOutput]):
    """Ultrashape (`fal-ai/ultrashape`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/ultrashape/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ultrashape"
    input_model: ClassVar[type[UltrashapeInput]] = UltrashapeInput
    output_model: ClassVar[type[UltrashapeOutput]] = UltrashapeOutput
    Input = UltrashapeInput
    Output = UltrashapeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> UltrashapeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[UltrashapeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> UltrashapeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[UltrashapeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return self._stream(payload, options)


class AsyncUltrashape(AsyncEndpoint[UltrashapeInput, UltrashapeOutput]):
    """Ultrashape (`fal-ai/ultrashape`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/ultrashape/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ultrashape"
    input_model: ClassVar[type[UltrashapeInput]] = UltrashapeInput
    output_model: ClassVar[type[UltrashapeOutput]] = UltrashapeOutput
    Input = UltrashapeInput
    Output = UltrashapeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> UltrashapeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[UltrashapeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> UltrashapeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        model_url: FileInput,
        num_inference_steps: int | Omit = omit,
        octree_resolution: int | Omit = omit,
        seed: int | Omit = omit,
        remove_background: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[UltrashapeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the reference image for mesh refinement. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            model_url: URL of the coarse mesh (.glb or .obj) to refine. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            num_inference_steps: Diffusion steps. Default: 50. Limits: minimum 1, maximum 50.
            octree_resolution: Marching cubes resolution. Default: 1024. Limits: minimum 128,
                maximum 1024.
            seed: Random seed. Default: 42.
            remove_background: Remove image background. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model_url": model_url,
                "num_inference_steps": num_inference_steps,
                "octree_resolution": octree_resolution,
                "seed": seed,
                "remove_background": remove_background,
            }
        )
        return self._stream(payload, options)
