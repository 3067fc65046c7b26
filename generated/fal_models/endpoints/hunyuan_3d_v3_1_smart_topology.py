# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-3d/v3.1/smart-topology` (Hunyuan 3d V3.1 Smart Topology)."""

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
from fal_models.models.hunyuan_3d_v3_1_smart_topology import (
    Hunyuan3dV3_1SmartTopologyInput,
    Hunyuan3dV3_1SmartTopologyOutput,
)

__all__ = [
    "Hunyuan3dV3_1SmartTopology",
    "AsyncHunyuan3dV3_1SmartTopology",
    "Hunyuan3dV3_1SmartTopologyInput",
    "Hunyuan3dV3_1SmartTopologyOutput",
]


class Hunyuan3dV3_1SmartTopology(
    SyncEndpoint[Hunyuan3dV3_1SmartTopologyInput, Hunyuan3dV3_1SmartTopologyOutput]
):
    """Hunyuan 3d V3.1 Smart Topology (`fal-ai/hunyuan-3d/v3.1/smart-topology`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/smart-topology/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/smart-topology"
    input_model: ClassVar[type[Hunyuan3dV3_1SmartTopologyInput]] = Hunyuan3dV3_1SmartTopologyInput
    output_model: ClassVar[type[Hunyuan3dV3_1SmartTopologyOutput]] = (
        Hunyuan3dV3_1SmartTopologyOutput
    )
    Input = Hunyuan3dV3_1SmartTopologyInput
    Output = Hunyuan3dV3_1SmartTopologyOutput

    def subscribe(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3_1SmartTopologyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3_1SmartTopologyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1SmartTopologyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3_1SmartTopologyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3_1SmartTopology(
    AsyncEndpoint[Hunyuan3dV3_1SmartTopologyInput, Hunyuan3dV3_1SmartTopologyOutput]
):
    """Hunyuan 3d V3.1 Smart Topology (`fal-ai/hunyuan-3d/v3.1/smart-topology`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/smart-topology/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/smart-topology"
    input_model: ClassVar[type[Hunyuan3dV3_1SmartTopologyInput]] = Hunyuan3dV3_1SmartTopologyInput
    output_model: ClassVar[type[Hunyuan3dV3_1SmartTopologyOutput]] = (
        Hunyuan3dV3_1SmartTopologyOutput
    )
    Input = Hunyuan3dV3_1SmartTopologyInput
    Output = Hunyuan3dV3_1SmartTopologyOutput

    async def subscribe(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3_1SmartTopologyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3_1SmartTopologyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1SmartTopologyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_file_url: FileInput | Omit = omit,
        input_file_type: Literal["glb", "obj"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        face_level: Literal["high", "medium", "low"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3_1SmartTopologyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_file_url: URL of GLB or OBJ file to optimize topology. Max size: 200MB. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb".
            input_file_type: Input 3D file format. Default: "glb".
            polygon_type: Output polygon type. triangle: triangular faces only. quadrilateral: mixed
                quad and triangle faces. Default: "triangle".
            face_level: Target polygon density. high: more detail/polygons, medium: balanced, low:
                fewer polygons. Default: "medium".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
                "input_file_type": input_file_type,
                "polygon_type": polygon_type,
                "face_level": face_level,
            }
        )
        return self._stream(payload, options)
