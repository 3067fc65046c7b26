# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/video/erase/keypoints` (Bria Video Erase Keypoints)."""

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
from fal_models.models.bria_video_erase_keypoints import (
    BriaVideoEraseKeypointsInput,
    BriaVideoEraseKeypointsOutput,
)

__all__ = [
    "BriaVideoEraseKeypoints",
    "AsyncBriaVideoEraseKeypoints",
    "BriaVideoEraseKeypointsInput",
    "BriaVideoEraseKeypointsOutput",
]


class BriaVideoEraseKeypoints(
    SyncEndpoint[BriaVideoEraseKeypointsInput, BriaVideoEraseKeypointsOutput]
):
    """Bria Video Erase Keypoints (`bria/video/erase/keypoints`).

    Category: video-to-video. Docs: https://fal.ai/models/bria/video/erase/keypoints/api
    """

    endpoint_id: ClassVar[str] = "bria/video/erase/keypoints"
    input_model: ClassVar[type[BriaVideoEraseKeypointsInput]] = BriaVideoEraseKeypointsInput
    output_model: ClassVar[type[BriaVideoEraseKeypointsOutput]] = BriaVideoEraseKeypointsOutput
    Input = BriaVideoEraseKeypointsInput
    Output = BriaVideoEraseKeypointsOutput

    def subscribe(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> BriaVideoEraseKeypointsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaVideoEraseKeypointsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BriaVideoEraseKeypointsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaVideoEraseKeypointsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)


class AsyncBriaVideoEraseKeypoints(
    AsyncEndpoint[BriaVideoEraseKeypointsInput, BriaVideoEraseKeypointsOutput]
):
    """Bria Video Erase Keypoints (`bria/video/erase/keypoints`).

    Category: video-to-video. Docs: https://fal.ai/models/bria/video/erase/keypoints/api
    """

    endpoint_id: ClassVar[str] = "bria/video/erase/keypoints"
    input_model: ClassVar[type[BriaVideoEraseKeypointsInput]] = BriaVideoEraseKeypointsInput
    output_model: ClassVar[type[BriaVideoEraseKeypointsOutput]] = BriaVideoEraseKeypointsOutput
    Input = BriaVideoEraseKeypointsInput
    Output = BriaVideoEraseKeypointsOutput

    async def subscribe(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaVideoEraseKeypointsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaVideoEraseKeypointsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BriaVideoEraseKeypointsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ]
        | Omit = omit,
        auto_trim: bool | Omit = omit,
        preserve_audio: bool | Omit = omit,
        keypoints: list[str],
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaVideoEraseKeypointsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, gif, mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9,
                mkv_mpeg4. Default: "mp4_h264".
            auto_trim: auto trim the video, to working duration ( 5s ). Default: true.
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            keypoints: Input keypoints [x,y] to erase or keep from the video. Format like so:
                {'x':100, 'y':100, 'type':'positive/negative'}.
            video_url: Input video to erase object from. duration must be less than 5s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "auto_trim": auto_trim,
                "preserve_audio": preserve_audio,
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)
