# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `tripo3d/p1/image-to-3d` (Tripo3d P1 Image To 3d)."""

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
from fal_models.models.tripo3d_p1_image_to_3d import (
    Tripo3dP1ImageTo3dInput,
    Tripo3dP1ImageTo3dOutput,
)

__all__ = [
    "Tripo3dP1ImageTo3d",
    "AsyncTripo3dP1ImageTo3d",
    "Tripo3dP1ImageTo3dInput",
    "Tripo3dP1ImageTo3dOutput",
]


class Tripo3dP1ImageTo3d(SyncEndpoint[Tripo3dP1ImageTo3dInput, Tripo3dP1ImageTo3dOutput]):
    """Tripo3d P1 Image To 3d (`tripo3d/p1/image-to-3d`).

    Input for Image to 3D generation using the P1 model.  P1 is optimized for clean low-poly
    mesh generation in ~2 seconds. It supports a restricted parameter set compared to H3.1/v2.5.

    Category: image-to-3d. Docs: https://fal.ai/models/tripo3d/p1/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/p1/image-to-3d"
    input_model: ClassVar[type[Tripo3dP1ImageTo3dInput]] = Tripo3dP1ImageTo3dInput
    output_model: ClassVar[type[Tripo3dP1ImageTo3dOutput]] = Tripo3dP1ImageTo3dOutput
    Input = Tripo3dP1ImageTo3dInput
    Output = Tripo3dP1ImageTo3dOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Tripo3dP1ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Tripo3dP1ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tripo3dP1ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Tripo3dP1ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return self._stream(payload, options)


class AsyncTripo3dP1ImageTo3d(AsyncEndpoint[Tripo3dP1ImageTo3dInput, Tripo3dP1ImageTo3dOutput]):
    """Tripo3d P1 Image To 3d (`tripo3d/p1/image-to-3d`).

    Input for Image to 3D generation using the P1 model.  P1 is optimized for clean low-poly
    mesh generation in ~2 seconds. It supports a restricted parameter set compared to H3.1/v2.5.

    Category: image-to-3d. Docs: https://fal.ai/models/tripo3d/p1/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/p1/image-to-3d"
    input_model: ClassVar[type[Tripo3dP1ImageTo3dInput]] = Tripo3dP1ImageTo3dInput
    output_model: ClassVar[type[Tripo3dP1ImageTo3dOutput]] = Tripo3dP1ImageTo3dOutput
    Input = Tripo3dP1ImageTo3dInput
    Output = Tripo3dP1ImageTo3dOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Tripo3dP1ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Tripo3dP1ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tripo3dP1ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Tripo3dP1ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 48, maximum 20000.
            texture: Whether to generate textures for the model. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "model_seed": model_seed,
            }
        )
        return self._stream(payload, options)
