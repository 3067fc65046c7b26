# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-3d/v3.1/pro/image-to-3d` (Hunyuan 3d V3.1 Pro Image To
3d).
"""

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
from fal_models.models.hunyuan_3d_v3_1_pro_image_to_3d import (
    Hunyuan3dV3_1ProImageTo3dInput,
    Hunyuan3dV3_1ProImageTo3dOutput,
)

__all__ = [
    "Hunyuan3dV3_1ProImageTo3d",
    "AsyncHunyuan3dV3_1ProImageTo3d",
    "Hunyuan3dV3_1ProImageTo3dInput",
    "Hunyuan3dV3_1ProImageTo3dOutput",
]


class Hunyuan3dV3_1ProImageTo3d(
    SyncEndpoint[Hunyuan3dV3_1ProImageTo3dInput, Hunyuan3dV3_1ProImageTo3dOutput]
):
    """Hunyuan 3d V3.1 Pro Image To 3d (`fal-ai/hunyuan-3d/v3.1/pro/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/pro/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/pro/image-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3_1ProImageTo3dInput]] = Hunyuan3dV3_1ProImageTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3_1ProImageTo3dOutput]] = Hunyuan3dV3_1ProImageTo3dOutput
    Input = Hunyuan3dV3_1ProImageTo3dInput
    Output = Hunyuan3dV3_1ProImageTo3dOutput

    def subscribe(
        self,
        *,
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3_1ProImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
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
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3_1ProImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
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
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1ProImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
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
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3_1ProImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3_1ProImageTo3d(
    AsyncEndpoint[Hunyuan3dV3_1ProImageTo3dInput, Hunyuan3dV3_1ProImageTo3dOutput]
):
    """Hunyuan 3d V3.1 Pro Image To 3d (`fal-ai/hunyuan-3d/v3.1/pro/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/pro/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/pro/image-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3_1ProImageTo3dInput]] = Hunyuan3dV3_1ProImageTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3_1ProImageTo3dOutput]] = Hunyuan3dV3_1ProImageTo3dOutput
    Input = Hunyuan3dV3_1ProImageTo3dInput
    Output = Hunyuan3dV3_1ProImageTo3dOutput

    async def subscribe(
        self,
        *,
        input_image_url: FileInput,
        back_image_url: FileInput | None | Omit = omit,
        left_image_url: FileInput | None | Omit = omit,
        right_image_url: FileInput | None | Omit = omit,
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3_1ProImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
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
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3_1ProImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
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
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1ProImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
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
        top_image_url: FileInput | None | Omit = omit,
        bottom_image_url: FileInput | None | Omit = omit,
        left_front_image_url: FileInput | None | Omit = omit,
        right_front_image_url: FileInput | None | Omit = omit,
        generate_type: Literal["Normal", "Geometry"] | Omit = omit,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3_1ProImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: Front view image URL. Resolution: 128-5000px, max 8MB, formats:
                JPG/PNG/WEBP. Tips: simple background, single object, object >50% of frame. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: Optional back/rear view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            left_image_url: Optional left side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            right_image_url: Optional right side view image URL (JPG/PNG recommended). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            top_image_url: Optional top view image URL (v3.1 exclusive, JPG/PNG recommended). Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            bottom_image_url: Optional bottom view image URL (v3.1 exclusive, JPG/PNG recommended).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            left_front_image_url: Optional left-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            right_front_image_url: Optional right-front 45 degree angle view image URL (v3.1
                exclusive, JPG/PNG recommended). Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            generate_type: Generation task type. Normal: textured model. Geometry: geometry-only
                white model (no textures). LowPoly/Sketch are not available in v3.1. Default:
                "Normal".
            enable_pbr: Enable PBR material generation (metallic, roughness, normal textures).
                Ignored when generate_type is Geometry. Default: false.
            face_count: Target polygon face count. Range: 40,000-1,500,000. Default: 500,000.
                Default: 500000. Limits: minimum 40000, maximum 1500000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "right_image_url": right_image_url,
                "top_image_url": top_image_url,
                "bottom_image_url": bottom_image_url,
                "left_front_image_url": left_front_image_url,
                "right_front_image_url": right_front_image_url,
                "generate_type": generate_type,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._stream(payload, options)
