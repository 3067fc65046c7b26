# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3/3d-body` (Sam 3 3d Body)."""

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
from fal_models.models.sam_3_v3d_body import Sam3_3dBodyInput, Sam3_3dBodyOutput

__all__ = ["Sam3_3dBody", "AsyncSam3_3dBody", "Sam3_3dBodyInput", "Sam3_3dBodyOutput"]


class Sam3_3dBody(SyncEndpoint[Sam3_3dBodyInput, Sam3_3dBodyOutput]):
    """Sam 3 3d Body (`fal-ai/sam-3/3d-body`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/sam-3/3d-body/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/3d-body"
    input_model: ClassVar[type[Sam3_3dBodyInput]] = Sam3_3dBodyInput
    output_model: ClassVar[type[Sam3_3dBodyOutput]] = Sam3_3dBodyOutput
    Input = Sam3_3dBodyInput
    Output = Sam3_3dBodyOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3_3dBodyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam3_3dBodyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_3dBodyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam3_3dBodyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return self._stream(payload, options)


class AsyncSam3_3dBody(AsyncEndpoint[Sam3_3dBodyInput, Sam3_3dBodyOutput]):
    """Sam 3 3d Body (`fal-ai/sam-3/3d-body`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/sam-3/3d-body/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/3d-body"
    input_model: ClassVar[type[Sam3_3dBodyInput]] = Sam3_3dBodyInput
    output_model: ClassVar[type[Sam3_3dBodyOutput]] = Sam3_3dBodyOutput
    Input = Sam3_3dBodyInput
    Output = Sam3_3dBodyOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3_3dBodyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam3_3dBodyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_3dBodyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        export_meshes: bool | Omit = omit,
        include_3d_keypoints: bool | Omit = omit,
        include_mhr_params: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam3_3dBodyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image containing humans. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: Optional URL of a binary mask image (white=person, black=background). When
                provided, skips auto human detection and uses this mask instead. Bbox is
                auto-computed from the mask. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            export_meshes: Export individual mesh files (.ply) per person. Default: true.
            include_3d_keypoints: Include 3D keypoint markers (spheres) in the GLB mesh for
                visualization. Default: true.
            include_mhr_params: Include the full MHR (Meta Human Representation) parameter set per
                person in the response metadata (shape, pose, expression, global rotations, joint
                coordinates, packed model params, raw pose). Set to `false` to return a leaner
                metadata block with only keypoints and camera parameters. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "export_meshes": export_meshes,
                "include_3d_keypoints": include_3d_keypoints,
                "include_mhr_params": include_mhr_params,
            }
        )
        return self._stream(payload, options)
