# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/scale-video` (Workflow Utilities Scale Video)."""

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
from fal_models.models.workflow_utilities_scale_video import (
    WorkflowUtilitiesScaleVideoInput,
    WorkflowUtilitiesScaleVideoOutput,
)

__all__ = [
    "WorkflowUtilitiesScaleVideo",
    "AsyncWorkflowUtilitiesScaleVideo",
    "WorkflowUtilitiesScaleVideoInput",
    "WorkflowUtilitiesScaleVideoOutput",
]


class WorkflowUtilitiesScaleVideo(
    SyncEndpoint[WorkflowUtilitiesScaleVideoInput, WorkflowUtilitiesScaleVideoOutput]
):
    """Workflow Utilities Scale Video (`fal-ai/workflow-utilities/scale-video`).

    Input model for scaling/resizing a video to specific dimensions

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/workflow-utilities/scale-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/scale-video"
    input_model: ClassVar[type[WorkflowUtilitiesScaleVideoInput]] = WorkflowUtilitiesScaleVideoInput
    output_model: ClassVar[type[WorkflowUtilitiesScaleVideoOutput]] = (
        WorkflowUtilitiesScaleVideoOutput
    )
    Input = WorkflowUtilitiesScaleVideoInput
    Output = WorkflowUtilitiesScaleVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesScaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesScaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesScaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesScaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesScaleVideo(
    AsyncEndpoint[WorkflowUtilitiesScaleVideoInput, WorkflowUtilitiesScaleVideoOutput]
):
    """Workflow Utilities Scale Video (`fal-ai/workflow-utilities/scale-video`).

    Input model for scaling/resizing a video to specific dimensions

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/workflow-utilities/scale-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/scale-video"
    input_model: ClassVar[type[WorkflowUtilitiesScaleVideoInput]] = WorkflowUtilitiesScaleVideoInput
    output_model: ClassVar[type[WorkflowUtilitiesScaleVideoOutput]] = (
        WorkflowUtilitiesScaleVideoOutput
    )
    Input = WorkflowUtilitiesScaleVideoInput
    Output = WorkflowUtilitiesScaleVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesScaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesScaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesScaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        width: int | None | Omit = omit,
        height: int | None | Omit = omit,
        mode: Literal["stretch", "pad", "crop"] | Omit = omit,
        pad_color: Literal["black", "white", "red", "green", "blue", "gray"] | Omit = omit,
        codec: Literal["libx264", "libx265"] | Omit = omit,
        preset: Literal["ultrafast", "fast", "medium", "slow"] | Omit = omit,
        crf: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesScaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to scale/resize. Height and Width of the video must be
                even numbers for compatibility with video codecs. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            width: Target width in pixels. If only width is provided, height is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 7680.
            height: Target height in pixels. If only height is provided, width is auto-calculated to
                preserve aspect ratio. At least one of width or height must be provided. Limits:
                minimum 2, maximum 4320.
            mode: Scaling mode. 'stretch' scales the video to the exact target dimensions (may
                distort aspect ratio). 'pad' scales to fit within the target dimensions while
                preserving aspect ratio, then pads with the chosen color to fill the remaining space
                (letterbox/pillarbox). 'crop' scales to cover the target dimensions while preserving
                aspect ratio, then center-crops to the exact target size. Default: "stretch".
            pad_color: Padding color when mode is 'pad'. Ignored for other modes. Default: "black".
            codec: Video codec to use for encoding. libx264 (H.264) is widely compatible, libx265
                (H.265/HEVC) offers better compression. Default: "libx264".
            preset: Encoding speed preset. Slower presets give better compression but take longer.
                Default: "fast".
            crf: Constant Rate Factor for quality (0-51). Lower values mean better quality and
                larger files. 18 is visually lossless for most content. Default: 18. Limits: minimum
                0, maximum 51.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "width": width,
                "height": height,
                "mode": mode,
                "pad_color": pad_color,
                "codec": codec,
                "preset": preset,
                "crf": crf,
            }
        )
        return self._stream(payload, options)
