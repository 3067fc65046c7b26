# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d` (Hunyuan 3d V3.1 Rapid Text To
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
from fal_models.models.hunyuan_3d_v3_1_rapid_text_to_3d import (
    Hunyuan3dV3_1RapidTextTo3dInput,
    Hunyuan3dV3_1RapidTextTo3dOutput,
)

__all__ = [
    "Hunyuan3dV3_1RapidTextTo3d",
    "AsyncHunyuan3dV3_1RapidTextTo3d",
    "Hunyuan3dV3_1RapidTextTo3dInput",
    "Hunyuan3dV3_1RapidTextTo3dOutput",
]


class Hunyuan3dV3_1RapidTextTo3d(
    SyncEndpoint[Hunyuan3dV3_1RapidTextTo3dInput, Hunyuan3dV3_1RapidTextTo3dOutput]
):
    """Hunyuan 3d V3.1 Rapid Text To 3d (`fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3_1RapidTextTo3dInput]] = Hunyuan3dV3_1RapidTextTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3_1RapidTextTo3dOutput]] = (
        Hunyuan3dV3_1RapidTextTo3dOutput
    )
    Input = Hunyuan3dV3_1RapidTextTo3dInput
    Output = Hunyuan3dV3_1RapidTextTo3dOutput

    def subscribe(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3_1RapidTextTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3_1RapidTextTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1RapidTextTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3_1RapidTextTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3_1RapidTextTo3d(
    AsyncEndpoint[Hunyuan3dV3_1RapidTextTo3dInput, Hunyuan3dV3_1RapidTextTo3dOutput]
):
    """Hunyuan 3d V3.1 Rapid Text To 3d (`fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3_1RapidTextTo3dInput]] = Hunyuan3dV3_1RapidTextTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3_1RapidTextTo3dOutput]] = (
        Hunyuan3dV3_1RapidTextTo3dOutput
    )
    Input = Hunyuan3dV3_1RapidTextTo3dInput
    Output = Hunyuan3dV3_1RapidTextTo3dOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3_1RapidTextTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3_1RapidTextTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1RapidTextTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        enable_geometry: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3_1RapidTextTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the 3D content to generate. Max 200 UTF-8 characters.
                Limits: max length 200.
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures). Does
                not take effect when enable_geometry is True. Default: false.
            enable_geometry: Generate geometry-only white model without textures. When enabled,
                enable_pbr is ignored and OBJ is not supported (default output is GLB). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "enable_geometry": enable_geometry,
            }
        )
        return self._stream(payload, options)
