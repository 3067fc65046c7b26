# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan3d-v3/text-to-3d` (Hunyuan3d V3 Text To 3d)."""

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
from fal_models.models.hunyuan3d_v3_text_to_3d import (
    Hunyuan3dV3TextTo3dInput,
    Hunyuan3dV3TextTo3dOutput,
)

__all__ = [
    "Hunyuan3dV3TextTo3d",
    "AsyncHunyuan3dV3TextTo3d",
    "Hunyuan3dV3TextTo3dInput",
    "Hunyuan3dV3TextTo3dOutput",
]


class Hunyuan3dV3TextTo3d(SyncEndpoint[Hunyuan3dV3TextTo3dInput, Hunyuan3dV3TextTo3dOutput]):
    """Hunyuan3d V3 Text To 3d (`fal-ai/hunyuan3d-v3/text-to-3d`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d-v3/text-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d-v3/text-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3TextTo3dInput]] = Hunyuan3dV3TextTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3TextTo3dOutput]] = Hunyuan3dV3TextTo3dOutput
    Input = Hunyuan3dV3TextTo3dInput
    Output = Hunyuan3dV3TextTo3dOutput

    def subscribe(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3TextTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3TextTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3TextTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3TextTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3TextTo3d(AsyncEndpoint[Hunyuan3dV3TextTo3dInput, Hunyuan3dV3TextTo3dOutput]):
    """Hunyuan3d V3 Text To 3d (`fal-ai/hunyuan3d-v3/text-to-3d`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d-v3/text-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d-v3/text-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3TextTo3dInput]] = Hunyuan3dV3TextTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3TextTo3dOutput]] = Hunyuan3dV3TextTo3dOutput
    Input = Hunyuan3dV3TextTo3dInput
    Output = Hunyuan3dV3TextTo3dOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3TextTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3TextTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3TextTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3TextTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the 3D content to generate. Supports up to 1024 UTF-8
                characters. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            generate_type: Generation type. Normal: textured model. LowPoly: polygon reduction.
                Geometry: white model without texture. Default: "Normal".
            polygon_type: Polygon type. Only takes effect when GenerateType is LowPoly. Default:
                "triangle".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._stream(payload, options)
