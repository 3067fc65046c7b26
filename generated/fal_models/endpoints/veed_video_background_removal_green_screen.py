# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/video-background-removal/green-screen` (Veed Video Background
Removal Green Screen).
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
from fal_models.models.veed_video_background_removal_green_screen import (
    VeedVideoBackgroundRemovalGreenScreenInput,
    VeedVideoBackgroundRemovalGreenScreenOutput,
)

__all__ = [
    "VeedVideoBackgroundRemovalGreenScreen",
    "AsyncVeedVideoBackgroundRemovalGreenScreen",
    "VeedVideoBackgroundRemovalGreenScreenInput",
    "VeedVideoBackgroundRemovalGreenScreenOutput",
]


class VeedVideoBackgroundRemovalGreenScreen(
    SyncEndpoint[
        VeedVideoBackgroundRemovalGreenScreenInput, VeedVideoBackgroundRemovalGreenScreenOutput
    ]
):
    """Veed Video Background Removal Green Screen (`veed/video-background-removal/green-screen`).

    Category: video-to-video.
    Docs: https://fal.ai/models/veed/video-background-removal/green-screen/api
    """

    endpoint_id: ClassVar[str] = "veed/video-background-removal/green-screen"
    input_model: ClassVar[type[VeedVideoBackgroundRemovalGreenScreenInput]] = (
        VeedVideoBackgroundRemovalGreenScreenInput
    )
    output_model: ClassVar[type[VeedVideoBackgroundRemovalGreenScreenOutput]] = (
        VeedVideoBackgroundRemovalGreenScreenOutput
    )
    Input = VeedVideoBackgroundRemovalGreenScreenInput
    Output = VeedVideoBackgroundRemovalGreenScreenOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VeedVideoBackgroundRemovalGreenScreenOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VeedVideoBackgroundRemovalGreenScreenOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VeedVideoBackgroundRemovalGreenScreenOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VeedVideoBackgroundRemovalGreenScreenOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return self._stream(payload, options)


class AsyncVeedVideoBackgroundRemovalGreenScreen(
    AsyncEndpoint[
        VeedVideoBackgroundRemovalGreenScreenInput, VeedVideoBackgroundRemovalGreenScreenOutput
    ]
):
    """Veed Video Background Removal Green Screen (`veed/video-background-removal/green-screen`).

    Category: video-to-video.
    Docs: https://fal.ai/models/veed/video-background-removal/green-screen/api
    """

    endpoint_id: ClassVar[str] = "veed/video-background-removal/green-screen"
    input_model: ClassVar[type[VeedVideoBackgroundRemovalGreenScreenInput]] = (
        VeedVideoBackgroundRemovalGreenScreenInput
    )
    output_model: ClassVar[type[VeedVideoBackgroundRemovalGreenScreenOutput]] = (
        VeedVideoBackgroundRemovalGreenScreenOutput
    )
    Input = VeedVideoBackgroundRemovalGreenScreenInput
    Output = VeedVideoBackgroundRemovalGreenScreenOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedVideoBackgroundRemovalGreenScreenOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VeedVideoBackgroundRemovalGreenScreenOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VeedVideoBackgroundRemovalGreenScreenOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        spill_suppression_strength: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VeedVideoBackgroundRemovalGreenScreenOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            spill_suppression_strength: Increase the value if green spots remain in the video,
                decrease if color changes are noticed on the extracted subject. Default: 0.8.
                Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "spill_suppression_strength": spill_suppression_strength,
            }
        )
        return self._stream(payload, options)
