# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/trim-video` (Workflow Utilities Trim Video)."""

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
from fal_models.models.workflow_utilities_trim_video import (
    WorkflowUtilitiesTrimVideoInput,
    WorkflowUtilitiesTrimVideoOutput,
)

__all__ = [
    "WorkflowUtilitiesTrimVideo",
    "AsyncWorkflowUtilitiesTrimVideo",
    "WorkflowUtilitiesTrimVideoInput",
    "WorkflowUtilitiesTrimVideoOutput",
]


class WorkflowUtilitiesTrimVideo(
    SyncEndpoint[WorkflowUtilitiesTrimVideoInput, WorkflowUtilitiesTrimVideoOutput]
):
    """Workflow Utilities Trim Video (`fal-ai/workflow-utilities/trim-video`).

    Input model for trimming a video to a specified time range

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/workflow-utilities/trim-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/trim-video"
    input_model: ClassVar[type[WorkflowUtilitiesTrimVideoInput]] = WorkflowUtilitiesTrimVideoInput
    output_model: ClassVar[type[WorkflowUtilitiesTrimVideoOutput]] = (
        WorkflowUtilitiesTrimVideoOutput
    )
    Input = WorkflowUtilitiesTrimVideoInput
    Output = WorkflowUtilitiesTrimVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesTrimVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesTrimVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesTrimVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesTrimVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesTrimVideo(
    AsyncEndpoint[WorkflowUtilitiesTrimVideoInput, WorkflowUtilitiesTrimVideoOutput]
):
    """Workflow Utilities Trim Video (`fal-ai/workflow-utilities/trim-video`).

    Input model for trimming a video to a specified time range

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/workflow-utilities/trim-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/trim-video"
    input_model: ClassVar[type[WorkflowUtilitiesTrimVideoInput]] = WorkflowUtilitiesTrimVideoInput
    output_model: ClassVar[type[WorkflowUtilitiesTrimVideoOutput]] = (
        WorkflowUtilitiesTrimVideoOutput
    )
    Input = WorkflowUtilitiesTrimVideoInput
    Output = WorkflowUtilitiesTrimVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesTrimVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesTrimVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesTrimVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        start_time: float | Omit = omit,
        end_time: float | None | Omit = omit,
        duration: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesTrimVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to trim. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            start_time: Start time in seconds. Default: 1. Limits: minimum 0.
            end_time: End time in seconds. If not provided, uses duration instead.
            duration: Duration in seconds from start_time. Ignored if end_time is provided. Default:
                2. Limits: exclusive minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "start_time": start_time,
                "end_time": end_time,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
