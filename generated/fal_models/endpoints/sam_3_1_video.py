# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3-1/video` (Sam 3 1 Video)."""

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
from fal_models.models.sam_3_1_video import (
    BoxPromptBase,
    PointPromptBase,
    Sam3_1VideoInput,
    Sam3_1VideoOutput,
)

__all__ = ["Sam3_1Video", "AsyncSam3_1Video", "Sam3_1VideoInput", "Sam3_1VideoOutput"]


class Sam3_1Video(SyncEndpoint[Sam3_1VideoInput, Sam3_1VideoOutput]):
    """Sam 3 1 Video (`fal-ai/sam-3-1/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sam-3-1/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3-1/video"
    input_model: ClassVar[type[Sam3_1VideoInput]] = Sam3_1VideoInput
    output_model: ClassVar[type[Sam3_1VideoOutput]] = Sam3_1VideoOutput
    Input = Sam3_1VideoInput
    Output = Sam3_1VideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3_1VideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sam3_1VideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_1VideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sam3_1VideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return self._stream(payload, options)


class AsyncSam3_1Video(AsyncEndpoint[Sam3_1VideoInput, Sam3_1VideoOutput]):
    """Sam 3 1 Video (`fal-ai/sam-3-1/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sam-3-1/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3-1/video"
    input_model: ClassVar[type[Sam3_1VideoInput]] = Sam3_1VideoInput
    output_model: ClassVar[type[Sam3_1VideoOutput]] = Sam3_1VideoOutput
    Input = Sam3_1VideoInput
    Output = Sam3_1VideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3_1VideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sam3_1VideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sam3_1VideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | Omit = omit,
        point_prompts: list[PointPromptBase] | Omit = omit,
        box_prompts: list[BoxPromptBase] | Omit = omit,
        apply_mask: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] | Omit = omit,
        detection_threshold: float | Omit = omit,
        max_num_objects: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sam3_1VideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to be segmented. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt for segmentation. Use commas to track multiple objects (e.g.,
                'person, cloth'). Default: "".
            point_prompts: List of point prompts. Default: [].
            box_prompts: List of box prompt coordinates (x_min, y_min, x_max, y_max). Default: [].
            apply_mask: Apply the mask on the video. Default: true.
            video_output_type: The output type of the generated video. Default: "X264 (.mp4)".
            detection_threshold: Detection confidence threshold (0.0-1.0). Lower = more detections
                but less precise. Default: 0.5. Limits: minimum 0.1, maximum 1.
            max_num_objects: Maximum number of objects to track in the video. Default: 16. Limits:
                minimum 1, maximum 128.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "point_prompts": point_prompts,
                "box_prompts": box_prompts,
                "apply_mask": apply_mask,
                "video_output_type": video_output_type,
                "detection_threshold": detection_threshold,
                "max_num_objects": max_num_objects,
            }
        )
        return self._stream(payload, options)
