# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/blend-video` (Workflow Utilities Blend Video)."""

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
from fal_models.models.workflow_utilities_blend_video import (
    WorkflowUtilitiesBlendVideoInput,
    WorkflowUtilitiesBlendVideoOutput,
)

__all__ = [
    "WorkflowUtilitiesBlendVideo",
    "AsyncWorkflowUtilitiesBlendVideo",
    "WorkflowUtilitiesBlendVideoInput",
    "WorkflowUtilitiesBlendVideoOutput",
]


class WorkflowUtilitiesBlendVideo(
    SyncEndpoint[WorkflowUtilitiesBlendVideoInput, WorkflowUtilitiesBlendVideoOutput]
):
    """Workflow Utilities Blend Video (`fal-ai/workflow-utilities/blend-video`).

    Input model for blending two video frames together

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/workflow-utilities/blend-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/blend-video"
    input_model: ClassVar[type[WorkflowUtilitiesBlendVideoInput]] = WorkflowUtilitiesBlendVideoInput
    output_model: ClassVar[type[WorkflowUtilitiesBlendVideoOutput]] = (
        WorkflowUtilitiesBlendVideoOutput
    )
    Input = WorkflowUtilitiesBlendVideoInput
    Output = WorkflowUtilitiesBlendVideoOutput

    def subscribe(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesBlendVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesBlendVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesBlendVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesBlendVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesBlendVideo(
    AsyncEndpoint[WorkflowUtilitiesBlendVideoInput, WorkflowUtilitiesBlendVideoOutput]
):
    """Workflow Utilities Blend Video (`fal-ai/workflow-utilities/blend-video`).

    Input model for blending two video frames together

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/workflow-utilities/blend-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/blend-video"
    input_model: ClassVar[type[WorkflowUtilitiesBlendVideoInput]] = WorkflowUtilitiesBlendVideoInput
    output_model: ClassVar[type[WorkflowUtilitiesBlendVideoOutput]] = (
        WorkflowUtilitiesBlendVideoOutput
    )
    Input = WorkflowUtilitiesBlendVideoInput
    Output = WorkflowUtilitiesBlendVideoOutput

    async def subscribe(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesBlendVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesBlendVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesBlendVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        top_video_url: FileInput,
        bottom_video_url: FileInput,
        blend_mode: Literal[
            "addition",
            "average",
            "burn",
            "darken",
            "difference",
            "divide",
            "dodge",
            "exclusion",
            "grainextract",
            "grainmerge",
            "hardlight",
            "lighten",
            "multiply",
            "negation",
            "normal",
            "overlay",
            "phoenix",
            "pinlight",
            "reflect",
            "screen",
            "softlight",
            "subtract",
            "vividlight",
        ]
        | Omit = omit,
        opacity: float | Omit = omit,
        shortest: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesBlendVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            top_video_url: URL of the top layer video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            bottom_video_url: URL of the bottom layer video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            blend_mode: Blend mode to use for combining the videos. Default: "overlay".
            opacity: Opacity of the top layer (0.0-1.0). Default: 1. Limits: minimum 0, maximum 1.
            shortest: End output when the shortest input ends. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "top_video_url": top_video_url,
                "bottom_video_url": bottom_video_url,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "shortest": shortest,
            }
        )
        return self._stream(payload, options)
