# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `tripo3d/h3.1/image-to-3d` (Tripo3d H3.1 Image To 3d)."""

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
from fal_models.models.tripo3d_h3_1_image_to_3d import (
    Tripo3dH3_1ImageTo3dInput,
    Tripo3dH3_1ImageTo3dOutput,
)

__all__ = [
    "Tripo3dH3_1ImageTo3d",
    "AsyncTripo3dH3_1ImageTo3d",
    "Tripo3dH3_1ImageTo3dInput",
    "Tripo3dH3_1ImageTo3dOutput",
]


class Tripo3dH3_1ImageTo3d(SyncEndpoint[Tripo3dH3_1ImageTo3dInput, Tripo3dH3_1ImageTo3dOutput]):
    """Tripo3d H3.1 Image To 3d (`tripo3d/h3.1/image-to-3d`).

    Input for Image to 3D generation using full-featured models (H3.1, v2.5).

    Category: image-to-3d. Docs: https://fal.ai/models/tripo3d/h3.1/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/h3.1/image-to-3d"
    input_model: ClassVar[type[Tripo3dH3_1ImageTo3dInput]] = Tripo3dH3_1ImageTo3dInput
    output_model: ClassVar[type[Tripo3dH3_1ImageTo3dOutput]] = Tripo3dH3_1ImageTo3dOutput
    Input = Tripo3dH3_1ImageTo3dInput
    Output = Tripo3dH3_1ImageTo3dOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Tripo3dH3_1ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Tripo3dH3_1ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tripo3dH3_1ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Tripo3dH3_1ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return self._stream(payload, options)


class AsyncTripo3dH3_1ImageTo3d(
    AsyncEndpoint[Tripo3dH3_1ImageTo3dInput, Tripo3dH3_1ImageTo3dOutput]
):
    """Tripo3d H3.1 Image To 3d (`tripo3d/h3.1/image-to-3d`).

    Input for Image to 3D generation using full-featured models (H3.1, v2.5).

    Category: image-to-3d. Docs: https://fal.ai/models/tripo3d/h3.1/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/h3.1/image-to-3d"
    input_model: ClassVar[type[Tripo3dH3_1ImageTo3dInput]] = Tripo3dH3_1ImageTo3dInput
    output_model: ClassVar[type[Tripo3dH3_1ImageTo3dOutput]] = Tripo3dH3_1ImageTo3dOutput
    Input = Tripo3dH3_1ImageTo3dInput
    Output = Tripo3dH3_1ImageTo3dOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Tripo3dH3_1ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Tripo3dH3_1ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tripo3dH3_1ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        face_limit: int | None | Omit = omit,
        texture: bool | Omit = omit,
        pbr: bool | Omit = omit,
        model_seed: int | None | Omit = omit,
        texture_seed: int | None | Omit = omit,
        texture_quality: Literal["standard", "detailed"] | Omit = omit,
        geometry_quality: Literal["standard", "detailed"] | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | Omit = omit,
        auto_size: bool | Omit = omit,
        orientation: Literal["default", "align_image"] | Omit = omit,
        quad: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Tripo3dH3_1ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the input image for 3D model creation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_limit: Target number of faces for the generated mesh. If not set, the model
                adaptively determines the count. Limits: minimum 1000, maximum 2000000.
            texture: Whether to generate textures for the model. Default: true.
            pbr: Whether to generate PBR (Physically Based Rendering) materials. If true, texture is
                also enabled. Default: true.
            model_seed: Seed for geometry generation reproducibility.
            texture_seed: Seed for texture generation reproducibility.
            texture_quality: Quality level for textures. 'detailed' produces higher-resolution
                textures. Default: "standard".
            geometry_quality: Quality level for geometry. Default: "standard".
            texture_alignment: How textures are aligned. 'original_image' aligns to input image,
                'geometry' aligns to generated geometry. Default: "original_image".
            auto_size: Auto-scale the model to real-world dimensions (meters). Default: false.
            orientation: Model orientation. 'align_image' auto-rotates to match the input image.
                Default: "default".
            quad: Generate quad (4-sided) mesh topology instead of triangles. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "face_limit": face_limit,
                "texture": texture,
                "pbr": pbr,
                "model_seed": model_seed,
                "texture_seed": texture_seed,
                "texture_quality": texture_quality,
                "geometry_quality": geometry_quality,
                "texture_alignment": texture_alignment,
                "auto_size": auto_size,
                "orientation": orientation,
                "quad": quad,
            }
        )
        return self._stream(payload, options)
