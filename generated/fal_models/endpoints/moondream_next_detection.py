# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream-next/detection` (Moondream Next Detection)."""

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
from fal_models.models.moondream_next_detection import (
    MoondreamNextDetectionInput,
    MoondreamNextDetectionOutput,
)

__all__ = [
    "MoondreamNextDetection",
    "AsyncMoondreamNextDetection",
    "MoondreamNextDetectionInput",
    "MoondreamNextDetectionOutput",
]


class MoondreamNextDetection(
    SyncEndpoint[MoondreamNextDetectionInput, MoondreamNextDetectionOutput]
):
    """Moondream Next Detection (`fal-ai/moondream-next/detection`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/moondream-next/detection/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream-next/detection"
    input_model: ClassVar[type[MoondreamNextDetectionInput]] = MoondreamNextDetectionInput
    output_model: ClassVar[type[MoondreamNextDetectionOutput]] = MoondreamNextDetectionOutput
    Input = MoondreamNextDetectionInput
    Output = MoondreamNextDetectionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MoondreamNextDetectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MoondreamNextDetectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamNextDetectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MoondreamNextDetectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return self._stream(payload, options)


class AsyncMoondreamNextDetection(
    AsyncEndpoint[MoondreamNextDetectionInput, MoondreamNextDetectionOutput]
):
    """Moondream Next Detection (`fal-ai/moondream-next/detection`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/moondream-next/detection/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream-next/detection"
    input_model: ClassVar[type[MoondreamNextDetectionInput]] = MoondreamNextDetectionInput
    output_model: ClassVar[type[MoondreamNextDetectionOutput]] = MoondreamNextDetectionOutput
    Input = MoondreamNextDetectionInput
    Output = MoondreamNextDetectionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MoondreamNextDetectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MoondreamNextDetectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamNextDetectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["bbox_detection", "point_detection", "gaze_detection"],
        detection_prompt: str,
        use_ensemble: bool | Omit = omit,
        combine_points: bool | Omit = omit,
        show_visualization: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MoondreamNextDetectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of detection to perform.
            detection_prompt: Text description of what to detect.
            use_ensemble: Whether to use ensemble for gaze detection. Default: false.
            combine_points: Whether to combine points into a single point for point detection. This
                has no effect for bbox detection or gaze detection. Default: false.
            show_visualization: Whether to show visualization for detection. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "detection_prompt": detection_prompt,
                "use_ensemble": use_ensemble,
                "combine_points": combine_points,
                "show_visualization": show_visualization,
            }
        )
        return self._stream(payload, options)
