# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3/3d-align` (Sam 3 3d Align)."""

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
from fal_models.models.sam_3_v3d_align import Sam3_3dAlignInput, Sam3_3dAlignOutput

__all__ = ["Sam3_3dAlign", "AsyncSam3_3dAlign", "Sam3_3dAlignInput", "Sam3_3dAlignOutput"]


class Sam3_3dAlign(SyncEndpoint[Sam3_3dAlignInput, Sam3_3dAlignOutput]):
    """Sam 3 3d Align (`fal-ai/sam-3/3d-align`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/sam-3/3d-align/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/3d-align"
    input_model: ClassVar[type[Sam3_3dAlignInput]] = Sam3_3dAlignInput
    output_model: ClassVar[type[Sam3_3dAlignOutput]] = Sam3_3dAlignOutput
    Input = Sam3_3dAlignInput
    Output = Sam3_3dAlignOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3_3dAlignOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam3_3dAlignOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_3dAlignOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam3_3dAlignOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return self._stream(payload, options)


class AsyncSam3_3dAlign(AsyncEndpoint[Sam3_3dAlignInput, Sam3_3dAlignOutput]):
    """Sam 3 3d Align (`fal-ai/sam-3/3d-align`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/sam-3/3d-align/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/3d-align"
    input_model: ClassVar[type[Sam3_3dAlignInput]] = Sam3_3dAlignInput
    output_model: ClassVar[type[Sam3_3dAlignOutput]] = Sam3_3dAlignOutput
    Input = Sam3_3dAlignInput
    Output = Sam3_3dAlignOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3_3dAlignOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam3_3dAlignOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_3dAlignOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        body_mesh_url: FileInput,
        body_mask_url: FileInput | None | Omit = omit,
        object_mesh_url: FileInput | None | Omit = omit,
        focal_length: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam3_3dAlignOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the original image used for MoGe depth estimation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            body_mesh_url: URL of the SAM-3D Body mesh file (.ply or .glb) to align. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            body_mask_url: URL of the human mask image. If not provided, uses full image. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            object_mesh_url: Optional URL of SAM-3D Object mesh (.glb) to create combined scene.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            focal_length: Focal length from SAM-3D Body metadata. If not provided, estimated from
                MoGe.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
                "body_mask_url": body_mask_url,
                "object_mesh_url": object_mesh_url,
                "focal_length": focal_length,
            }
        )
        return self._stream(payload, options)
