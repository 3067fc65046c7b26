# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/interleave-video` (Workflow Utilities
Interleave Video).
"""

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
from fal_models.models.workflow_utilities_interleave_video import (
    WorkflowUtilitiesInterleaveVideoInput,
    WorkflowUtilitiesInterleaveVideoOutput,
)

__all__ = [
    "WorkflowUtilitiesInterleaveVideo",
    "AsyncWorkflowUtilitiesInterleaveVideo",
    "WorkflowUtilitiesInterleaveVideoInput",
    "WorkflowUtilitiesInterleaveVideoOutput",
]


class WorkflowUtilitiesInterleaveVideo(
    SyncEndpoint[WorkflowUtilitiesInterleaveVideoInput, WorkflowUtilitiesInterleaveVideoOutput]
):
    """Workflow Utilities Interleave Video (`fal-ai/workflow-utilities/interleave-video`).

    Input model for interleaving multiple videos

    Category: unknown. Docs: https://fal.ai/models/fal-ai/workflow-utilities/interleave-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/interleave-video"
    input_model: ClassVar[type[WorkflowUtilitiesInterleaveVideoInput]] = (
        WorkflowUtilitiesInterleaveVideoInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesInterleaveVideoOutput]] = (
        WorkflowUtilitiesInterleaveVideoOutput
    )
    Input = WorkflowUtilitiesInterleaveVideoInput
    Output = WorkflowUtilitiesInterleaveVideoOutput

    def subscribe(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesInterleaveVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesInterleaveVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesInterleaveVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesInterleaveVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesInterleaveVideo(
    AsyncEndpoint[WorkflowUtilitiesInterleaveVideoInput, WorkflowUtilitiesInterleaveVideoOutput]
):
    """Workflow Utilities Interleave Video (`fal-ai/workflow-utilities/interleave-video`).

    Input model for interleaving multiple videos

    Category: unknown. Docs: https://fal.ai/models/fal-ai/workflow-utilities/interleave-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/interleave-video"
    input_model: ClassVar[type[WorkflowUtilitiesInterleaveVideoInput]] = (
        WorkflowUtilitiesInterleaveVideoInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesInterleaveVideoOutput]] = (
        WorkflowUtilitiesInterleaveVideoOutput
    )
    Input = WorkflowUtilitiesInterleaveVideoInput
    Output = WorkflowUtilitiesInterleaveVideoOutput

    async def subscribe(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesInterleaveVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesInterleaveVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesInterleaveVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_urls: list[FileInput],
        frames_per_second: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesInterleaveVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_urls: List of video URLs to interleave in order. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            frames_per_second: Frame rate of the interleaved output video. When set, all interleaved
                frames are emitted at this rate, so lower values produce a longer output while
                higher values produce a shorter, faster one. Leave unset to preserve the legacy
                behavior, which derives the output rate from the input videos (this can yield
                non-standard rates such as 384.0098). Limits: minimum 1, maximum 120.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_urls": video_urls,
                "frames_per_second": frames_per_second,
            }
        )
        return self._stream(payload, options)
