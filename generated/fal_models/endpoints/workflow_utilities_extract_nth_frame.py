# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/extract-nth-frame` (Workflow Utilities Extract
Nth Frame).
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
from fal_models.models.workflow_utilities_extract_nth_frame import (
    WorkflowUtilitiesExtractNthFrameInput,
    WorkflowUtilitiesExtractNthFrameOutput,
)

__all__ = [
    "WorkflowUtilitiesExtractNthFrame",
    "AsyncWorkflowUtilitiesExtractNthFrame",
    "WorkflowUtilitiesExtractNthFrameInput",
    "WorkflowUtilitiesExtractNthFrameOutput",
]


class WorkflowUtilitiesExtractNthFrame(
    SyncEndpoint[WorkflowUtilitiesExtractNthFrameInput, WorkflowUtilitiesExtractNthFrameOutput]
):
    """Workflow Utilities Extract Nth Frame (`fal-ai/workflow-utilities/extract-nth-frame`).

    Input model for extracting every Nth frame from a video

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/extract-nth-frame/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/extract-nth-frame"
    input_model: ClassVar[type[WorkflowUtilitiesExtractNthFrameInput]] = (
        WorkflowUtilitiesExtractNthFrameInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesExtractNthFrameOutput]] = (
        WorkflowUtilitiesExtractNthFrameOutput
    )
    Input = WorkflowUtilitiesExtractNthFrameInput
    Output = WorkflowUtilitiesExtractNthFrameOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesExtractNthFrameOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesExtractNthFrameOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesExtractNthFrameOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesExtractNthFrameOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesExtractNthFrame(
    AsyncEndpoint[WorkflowUtilitiesExtractNthFrameInput, WorkflowUtilitiesExtractNthFrameOutput]
):
    """Workflow Utilities Extract Nth Frame (`fal-ai/workflow-utilities/extract-nth-frame`).

    Input model for extracting every Nth frame from a video

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/extract-nth-frame/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/extract-nth-frame"
    input_model: ClassVar[type[WorkflowUtilitiesExtractNthFrameInput]] = (
        WorkflowUtilitiesExtractNthFrameInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesExtractNthFrameOutput]] = (
        WorkflowUtilitiesExtractNthFrameOutput
    )
    Input = WorkflowUtilitiesExtractNthFrameInput
    Output = WorkflowUtilitiesExtractNthFrameOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesExtractNthFrameOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesExtractNthFrameOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesExtractNthFrameOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        frame_interval: int | Omit = omit,
        output_format: Literal["png", "jpg", "jpeg", "webp"] | Omit = omit,
        max_frames: int | Omit = omit,
        quality: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesExtractNthFrameOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to extract frames from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frame_interval: Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th
                frame). Default: 12. Limits: minimum 1, maximum 300.
            output_format: Output format for extracted frames. Default: "png".
            max_frames: Maximum number of frames to extract. Default: 100. Limits: minimum 1,
                maximum 500.
            quality: Quality for jpg/webp output (1-100). Default: 95. Limits: minimum 1, maximum
                100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "frame_interval": frame_interval,
                "output_format": output_format,
                "max_frames": max_frames,
                "quality": quality,
            }
        )
        return self._stream(payload, options)
