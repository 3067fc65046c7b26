# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3-1/video-rle` (Sam 3 1 Video Rle)."""

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
from fal_models.models.sam_3_1_video_rle import (
    BoxPrompt,
    PointPrompt,
    Sam3_1VideoRleInput,
    Sam3_1VideoRleOutput,
)

__all__ = ["Sam3_1VideoRle", "AsyncSam3_1VideoRle", "Sam3_1VideoRleInput", "Sam3_1VideoRleOutput"]


class Sam3_1VideoRle(SyncEndpoint[Sam3_1VideoRleInput, Sam3_1VideoRleOutput]):
    """Sam 3 1 Video Rle (`fal-ai/sam-3-1/video-rle`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sam-3-1/video-rle/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3-1/video-rle"
    input_model: ClassVar[type[Sam3_1VideoRleInput]] = Sam3_1VideoRleInput
    output_model: ClassVar[type[Sam3_1VideoRleOutput]] = Sam3_1VideoRleOutput
    Input = Sam3_1VideoRleInput
    Output = Sam3_1VideoRleOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3_1VideoRleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam3_1VideoRleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_1VideoRleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam3_1VideoRleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return self._stream(payload, options)


class AsyncSam3_1VideoRle(AsyncEndpoint[Sam3_1VideoRleInput, Sam3_1VideoRleOutput]):
    """Sam 3 1 Video Rle (`fal-ai/sam-3-1/video-rle`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sam-3-1/video-rle/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3-1/video-rle"
    input_model: ClassVar[type[Sam3_1VideoRleInput]] = Sam3_1VideoRleInput
    output_model: ClassVar[type[Sam3_1VideoRleOutput]] = Sam3_1VideoRleOutput
    Input = Sam3_1VideoRleInput
    Output = Sam3_1VideoRleOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3_1VideoRleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam3_1VideoRleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_1VideoRleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        point_prompts: list[PointPrompt] | Omit = omit,
        box_prompts: list[BoxPrompt] | Omit = omit,
        apply_mask: bool | Omit = omit,
        boundingbox_zip: bool | Omit = omit,
        detection_threshold: float | Omit = omit,
        frame_index: int | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam3_1VideoRleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask to be applied initially. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts with frame indices. Default: [].
            box_prompts: List of box prompts with optional frame_index. Default: [].
            apply_mask: Apply the mask on the video. Default: false.
            boundingbox_zip: Return per-frame bounding box overlays as a zip archive. Default:
                false.
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if
                text prompts fail. Default: 0.5. Limits: minimum 0.01, maximum 1.
            frame_index: Frame index used for initial interaction when mask_url is provided.
                Default: 0.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "boundingbox_zip": boundingbox_zip,
                "detection_threshold": detection_threshold,
                "frame_index": frame_index,
                "max_num_objects": max_num_objects,
            }
        )
        return self._stream(payload, options)
