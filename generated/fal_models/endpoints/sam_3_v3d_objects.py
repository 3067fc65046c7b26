# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3/3d-objects` (Sam 3 3d Objects)."""

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
from fal_models.models.sam_3_v3d_objects import (
    BoxPromptBase,
    PointPromptBase,
    Sam3_3dObjectsInput,
    Sam3_3dObjectsOutput,
)

__all__ = ["Sam3_3dObjects", "AsyncSam3_3dObjects", "Sam3_3dObjectsInput", "Sam3_3dObjectsOutput"]


class Sam3_3dObjects(SyncEndpoint[Sam3_3dObjectsInput, Sam3_3dObjectsOutput]):
    """Sam 3 3d Objects (`fal-ai/sam-3/3d-objects`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/sam-3/3d-objects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/3d-objects"
    input_model: ClassVar[type[Sam3_3dObjectsInput]] = Sam3_3dObjectsInput
    output_model: ClassVar[type[Sam3_3dObjectsOutput]] = Sam3_3dObjectsOutput
    Input = Sam3_3dObjectsInput
    Output = Sam3_3dObjectsOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3_3dObjectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam3_3dObjectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_3dObjectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam3_3dObjectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return self._stream(payload, options)


class AsyncSam3_3dObjects(AsyncEndpoint[Sam3_3dObjectsInput, Sam3_3dObjectsOutput]):
    """Sam 3 3d Objects (`fal-ai/sam-3/3d-objects`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/sam-3/3d-objects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/3d-objects"
    input_model: ClassVar[type[Sam3_3dObjectsInput]] = Sam3_3dObjectsInput
    output_model: ClassVar[type[Sam3_3dObjectsOutput]] = Sam3_3dObjectsOutput
    Input = Sam3_3dObjectsInput
    Output = Sam3_3dObjectsOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3_3dObjectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam3_3dObjectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_3dObjectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_urls: list[FileInput] | Omit = omit,
        prompt: str | None | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        seed: int | None | Omit = omit,
        pointmap_url: FileInput | None | Omit = omit,
        detection_threshold: float | None | Omit = omit,
        export_textured_glb: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam3_3dObjectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to reconstruct in 3D. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_urls: Optional list of mask URLs (one per object). If not provided, use
                prompt/point_prompts/box_prompts to auto-segment, or entire image will be used.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for auto-segmentation when no masks provided (e.g., 'chair',
                'lamp'). Default: "car".
            point_prompts: Point prompts for auto-segmentation when no masks provided. Default: [].
            box_prompts: Box prompts for auto-segmentation when no masks provided. Multiple boxes
                supported - each produces a separate object mask for 3D reconstruction. Default: [].
            seed: Random seed for reproducibility.
            pointmap_url: Optional URL to external pointmap/depth data (NPY or NPZ format) for
                improved 3D reconstruction depth estimation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            detection_threshold: Detection confidence threshold (0.1-1.0). Lower = more detections
                but less precise. If not set, uses the model's default. Limits: minimum 0.1, maximum
                1.
            export_textured_glb: If True, exports GLB with baked texture and UVs instead of vertex
                colors. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_urls": mask_urls,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "seed": seed,
                "pointmap_url": pointmap_url,
                "detection_threshold": detection_threshold,
                "export_textured_glb": export_textured_glb,
            }
        )
        return self._stream(payload, options)
