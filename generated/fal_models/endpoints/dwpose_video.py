# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dwpose/video` (Dwpose Video)."""

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
from fal_models.models.dwpose_video import DwposeVideoInput, DwposeVideoOutput

__all__ = ["DwposeVideo", "AsyncDwposeVideo", "DwposeVideoInput", "DwposeVideoOutput"]


class DwposeVideo(SyncEndpoint[DwposeVideoInput, DwposeVideoOutput]):
    """Dwpose Video (`fal-ai/dwpose/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/dwpose/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dwpose/video"
    input_model: ClassVar[type[DwposeVideoInput]] = DwposeVideoInput
    output_model: ClassVar[type[DwposeVideoOutput]] = DwposeVideoOutput
    Input = DwposeVideoInput
    Output = DwposeVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DwposeVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DwposeVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DwposeVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DwposeVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return self._stream(payload, options)


class AsyncDwposeVideo(AsyncEndpoint[DwposeVideoInput, DwposeVideoOutput]):
    """Dwpose Video (`fal-ai/dwpose/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/dwpose/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dwpose/video"
    input_model: ClassVar[type[DwposeVideoInput]] = DwposeVideoInput
    output_model: ClassVar[type[DwposeVideoOutput]] = DwposeVideoOutput
    Input = DwposeVideoInput
    Output = DwposeVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DwposeVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DwposeVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DwposeVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        draw_mode: Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DwposeVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of video to be used for pose estimation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            draw_mode: Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose',
                'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'. Default:
                "body-pose".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "draw_mode": draw_mode,
            }
        )
        return self._stream(payload, options)
