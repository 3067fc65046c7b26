# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan3d-v3/image-to-3d` (Hunyuan3d V3 Image To 3d)."""

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
from fal_models.models.hunyuan3d_v3_image_to_3d import (
    Hunyuan3dV3ImageTo3dInput,
    Hunyuan3dV3ImageTo3dOutput,
)

__all__ = [
    "Hunyuan3dV3ImageTo3d",
    "AsyncHunyuan3dV3ImageTo3d",
    "Hunyuan3dV3ImageTo3dInput",
    "Hunyuan3dV3ImageTo3dOutput",
]


class Hunyuan3dV3ImageTo3d(SyncEndpoint[Hunyuan3dV3ImageTo3dInput, Hunyuan3dV3ImageTo3dOutput]):
    """Hunyuan3d V3 Image To 3d (`fal-ai/hunyuan3d-v3/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d-v3/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d-v3/image-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3ImageTo3dInput]] = Hunyuan3dV3ImageTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3ImageTo3dOutput]] = Hunyuan3dV3ImageTo3dOutput
    Input = Hunyuan3dV3ImageTo3dInput
    Output = Hunyuan3dV3ImageTo3dOutput

    def subscribe(
        self,
        *,
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
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
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
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
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
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
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3ImageTo3d(
    AsyncEndpoint[Hunyuan3dV3ImageTo3dInput, Hunyuan3dV3ImageTo3dOutput]
):
    """Hunyuan3d V3 Image To 3d (`fal-ai/hunyuan3d-v3/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d-v3/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d-v3/image-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3ImageTo3dInput]] = Hunyuan3dV3ImageTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3ImageTo3dOutput]] = Hunyuan3dV3ImageTo3dOutput
    Input = Hunyuan3dV3ImageTo3dInput
    Output = Hunyuan3dV3ImageTo3dOutput

    async def subscribe(
        self,
        *,
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
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
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
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
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
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
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        generate_type: Literal["Normal", "LowPoly", "Geometry"] | Omit = omit,
        polygon_type: Literal["triangle", "quadrilateral"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right view image URL for better 3D reconstruction. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            enable_pbr: Whether to enable PBR material generation. Does not take effect when
                generate_type is Geometry. Default: false.
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
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
                "generate_type": generate_type,
                "polygon_type": polygon_type,
            }
        )
        return self._stream(payload, options)
