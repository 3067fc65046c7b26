# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `tripo3d/h3.1/text-to-3d` (Tripo3d H3.1 Text To 3d)."""

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
from fal_models.models.tripo3d_h3_1_text_to_3d import (
    Tripo3dH3_1TextTo3dInput,
    Tripo3dH3_1TextTo3dOutput,
)

__all__ = [
    "Tripo3dH3_1TextTo3d",
    "AsyncTripo3dH3_1TextTo3d",
    "Tripo3dH3_1TextTo3dInput",
    "Tripo3dH3_1TextTo3dOutput",
]


class Tripo3dH3_1TextTo3d(SyncEndpoint[Tripo3dH3_1TextTo3dInput, Tripo3dH3_1TextTo3dOutput]):
    """Tripo3d H3.1 Text To 3d (`tripo3d/h3.1/text-to-3d`).

    Input for Text to 3D generation using full-featured models (H3.1, v2.5).

    Category: text-to-3d. Docs: https://fal.ai/models/tripo3d/h3.1/text-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/h3.1/text-to-3d"
    input_model: ClassVar[type[Tripo3dH3_1TextTo3dInput]] = Tripo3dH3_1TextTo3dInput
    output_model: ClassVar[type[Tripo3dH3_1TextTo3dOutput]] = Tripo3dH3_1TextTo3dOutput
    Input = Tripo3dH3_1TextTo3dInput
    Output = Tripo3dH3_1TextTo3dOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Tripo3dH3_1TextTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Tripo3dH3_1TextTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tripo3dH3_1TextTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Tripo3dH3_1TextTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return self._stream(payload, options)


class AsyncTripo3dH3_1TextTo3d(AsyncEndpoint[Tripo3dH3_1TextTo3dInput, Tripo3dH3_1TextTo3dOutput]):
    """Tripo3d H3.1 Text To 3d (`tripo3d/h3.1/text-to-3d`).

    Input for Text to 3D generation using full-featured models (H3.1, v2.5).

    Category: text-to-3d. Docs: https://fal.ai/models/tripo3d/h3.1/text-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/h3.1/text-to-3d"
    input_model: ClassVar[type[Tripo3dH3_1TextTo3dInput]] = Tripo3dH3_1TextTo3dInput
    output_model: ClassVar[type[Tripo3dH3_1TextTo3dOutput]] = Tripo3dH3_1TextTo3dOutput
    Input = Tripo3dH3_1TextTo3dInput
    Output = Tripo3dH3_1TextTo3dOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Tripo3dH3_1TextTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Tripo3dH3_1TextTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tripo3dH3_1TextTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        image_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        auto_size: bool | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Tripo3dH3_1TextTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the 3D object to generate. Maximum 1024 characters. Limits:
                max length 1024.
            negative_prompt: Text describing features to avoid in the generated model. Limits: max
                length 1024.
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            image_seed: Seed for the text-to-image step.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "image_seed": image_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "auto_size": auto_size,
                "quad": quad,
            }
        )
        return self._stream(payload, options)
