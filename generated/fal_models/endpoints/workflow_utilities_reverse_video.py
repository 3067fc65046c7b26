# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/reverse-video` (Workflow Utilities Reverse
Video).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.workflow_utilities_reverse_video import (
    WorkflowUtilitiesReverseVideoInput,
    WorkflowUtilitiesReverseVideoOutput,
)

__all__ = [
    "WorkflowUtilitiesReverseVideo",
    "AsyncWorkflowUtilitiesReverseVideo",
    "WorkflowUtilitiesReverseVideoInput",
    "WorkflowUtilitiesReverseVideoOutput",
]


class WorkflowUtilitiesReverseVideo(
    SyncEndpoint[WorkflowUtilitiesReverseVideoInput, WorkflowUtilitiesReverseVideoOutput]
):
    """Workflow Utilities Reverse Video (`fal-ai/workflow-utilities/reverse-video`).

    Input model for reversing a video

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/reverse-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/reverse-video"
    input_model: ClassVar[type[WorkflowUtilitiesReverseVideoInput]] = (
        WorkflowUtilitiesReverseVideoInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesReverseVideoOutput]] = (
        WorkflowUtilitiesReverseVideoOutput
    )
    Input = WorkflowUtilitiesReverseVideoInput
    Output = WorkflowUtilitiesReverseVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesReverseVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesReverseVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesReverseVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesReverseVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesReverseVideo(
    AsyncEndpoint[WorkflowUtilitiesReverseVideoInput, WorkflowUtilitiesReverseVideoOutput]
):
    """Workflow Utilities Reverse Video (`fal-ai/workflow-utilities/reverse-video`).

    Input model for reversing a video

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/reverse-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/reverse-video"
    input_model: ClassVar[type[WorkflowUtilitiesReverseVideoInput]] = (
        WorkflowUtilitiesReverseVideoInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesReverseVideoOutput]] = (
        WorkflowUtilitiesReverseVideoOutput
    )
    Input = WorkflowUtilitiesReverseVideoInput
    Output = WorkflowUtilitiesReverseVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesReverseVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesReverseVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesReverseVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesReverseVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to reverse. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)
