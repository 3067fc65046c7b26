# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/video-background-removal/fast` (Veed Video Background Removal Fast)."""

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
from fal_models.models.veed_video_background_removal_fast import (
    VeedVideoBackgroundRemovalFastInput,
    VeedVideoBackgroundRemovalFastOutput,
)

__all__ = [
    "VeedVideoBackgroundRemovalFast",
    "AsyncVeedVideoBackgroundRemovalFast",
    "VeedVideoBackgroundRemovalFastInput",
    "VeedVideoBackgroundRemovalFastOutput",
]


class VeedVideoBackgroundRemovalFast(
    SyncEndpoint[VeedVideoBackgroundRemovalFastInput, VeedVideoBackgroundRemovalFastOutput]
):
    """Veed Video Background Removal Fast (`veed/video-background-removal/fast`).

    Category: video-to-video. Docs: https://fal.ai/models/veed/video-background-removal/fast/api
    """

    endpoint_id: ClassVar[str] = "veed/video-background-removal/fast"
    input_model: ClassVar[type[VeedVideoBackgroundRemovalFastInput]] = (
        VeedVideoBackgroundRemovalFastInput
    )
    output_model: ClassVar[type[VeedVideoBackgroundRemovalFastOutput]] = (
        VeedVideoBackgroundRemovalFastOutput
    )
    Input = VeedVideoBackgroundRemovalFastInput
    Output = VeedVideoBackgroundRemovalFastOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VeedVideoBackgroundRemovalFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VeedVideoBackgroundRemovalFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VeedVideoBackgroundRemovalFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VeedVideoBackgroundRemovalFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return self._stream(payload, options)


class AsyncVeedVideoBackgroundRemovalFast(
    AsyncEndpoint[VeedVideoBackgroundRemovalFastInput, VeedVideoBackgroundRemovalFastOutput]
):
    """Veed Video Background Removal Fast (`veed/video-background-removal/fast`).

    Category: video-to-video. Docs: https://fal.ai/models/veed/video-background-removal/fast/api
    """

    endpoint_id: ClassVar[str] = "veed/video-background-removal/fast"
    input_model: ClassVar[type[VeedVideoBackgroundRemovalFastInput]] = (
        VeedVideoBackgroundRemovalFastInput
    )
    output_model: ClassVar[type[VeedVideoBackgroundRemovalFastOutput]] = (
        VeedVideoBackgroundRemovalFastOutput
    )
    Input = VeedVideoBackgroundRemovalFastInput
    Output = VeedVideoBackgroundRemovalFastOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedVideoBackgroundRemovalFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VeedVideoBackgroundRemovalFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VeedVideoBackgroundRemovalFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        output_codec: Literal["vp9", "h264"] | Omit = omit,
        refine_foreground_edges: bool | Omit = omit,
        subject_is_person: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VeedVideoBackgroundRemovalFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            output_codec: Single VP9 video with alpha channel or two videos (rgb and alpha) in H264
                format. H264 is recommended for better RGB quality. Default: "vp9".
            refine_foreground_edges: Improves the quality of the extracted object's edges. Default:
                true.
            subject_is_person: Set to False if the subject is not a person. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_codec": output_codec,
                "refine_foreground_edges": refine_foreground_edges,
                "subject_is_person": subject_is_person,
            }
        )
        return self._stream(payload, options)
