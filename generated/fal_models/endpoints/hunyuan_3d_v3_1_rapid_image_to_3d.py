# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d` (Hunyuan 3d V3.1 Rapid Image To
3d).
"""

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
from fal_models.models.hunyuan_3d_v3_1_rapid_image_to_3d import (
    Hunyuan3dV3_1RapidImageTo3dInput,
    Hunyuan3dV3_1RapidImageTo3dOutput,
)

__all__ = [
    "Hunyuan3dV3_1RapidImageTo3d",
    "AsyncHunyuan3dV3_1RapidImageTo3d",
    "Hunyuan3dV3_1RapidImageTo3dInput",
    "Hunyuan3dV3_1RapidImageTo3dOutput",
]


class Hunyuan3dV3_1RapidImageTo3d(
    SyncEndpoint[Hunyuan3dV3_1RapidImageTo3dInput, Hunyuan3dV3_1RapidImageTo3dOutput]
):
    """Hunyuan 3d V3.1 Rapid Image To 3d (`fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3_1RapidImageTo3dInput]] = Hunyuan3dV3_1RapidImageTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3_1RapidImageTo3dOutput]] = (
        Hunyuan3dV3_1RapidImageTo3dOutput
    )
    Input = Hunyuan3dV3_1RapidImageTo3dInput
    Output = Hunyuan3dV3_1RapidImageTo3dOutput

    def subscribe(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3_1RapidImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3_1RapidImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1RapidImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3_1RapidImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3_1RapidImageTo3d(
    AsyncEndpoint[Hunyuan3dV3_1RapidImageTo3dInput, Hunyuan3dV3_1RapidImageTo3dOutput]
):
    """Hunyuan 3d V3.1 Rapid Image To 3d (`fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3_1RapidImageTo3dInput]] = Hunyuan3dV3_1RapidImageTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3_1RapidImageTo3dOutput]] = (
        Hunyuan3dV3_1RapidImageTo3dOutput
    )
    Input = Hunyuan3dV3_1RapidImageTo3dInput
    Output = Hunyuan3dV3_1RapidImageTo3dOutput

    async def subscribe(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3_1RapidImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3_1RapidImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1RapidImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_image_url: FileInput,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3_1RapidImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB (recommended ≤6MB
                for base64 encoding), formats: JPG/PNG/WEBP. Tips: simple background, single object,
                object >50% of frame. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._stream(payload, options)
