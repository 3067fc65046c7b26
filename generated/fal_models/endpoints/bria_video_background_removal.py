# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/video/background-removal` (Bria Video Background Removal)."""

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
from fal_models.models.bria_video_background_removal import (
    BriaVideoBackgroundRemovalInput,
    BriaVideoBackgroundRemovalOutput,
)

__all__ = [
    "BriaVideoBackgroundRemoval",
    "AsyncBriaVideoBackgroundRemoval",
    "BriaVideoBackgroundRemovalInput",
    "BriaVideoBackgroundRemovalOutput",
]


class BriaVideoBackgroundRemoval(
    SyncEndpoint[BriaVideoBackgroundRemovalInput, BriaVideoBackgroundRemovalOutput]
):
    """Bria Video Background Removal (`bria/video/background-removal`).

    Category: video-to-video. Docs: https://fal.ai/models/bria/video/background-removal/api
    """

    endpoint_id: ClassVar[str] = "bria/video/background-removal"
    input_model: ClassVar[type[BriaVideoBackgroundRemovalInput]] = BriaVideoBackgroundRemovalInput
    output_model: ClassVar[type[BriaVideoBackgroundRemovalOutput]] = (
        BriaVideoBackgroundRemovalOutput
    )
    Input = BriaVideoBackgroundRemovalInput
    Output = BriaVideoBackgroundRemovalOutput

    def subscribe(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaVideoBackgroundRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
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
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaVideoBackgroundRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
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
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaVideoBackgroundRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
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
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaVideoBackgroundRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
            }
        )
        return self._stream(payload, options)


class AsyncBriaVideoBackgroundRemoval(
    AsyncEndpoint[BriaVideoBackgroundRemovalInput, BriaVideoBackgroundRemovalOutput]
):
    """Bria Video Background Removal (`bria/video/background-removal`).

    Category: video-to-video. Docs: https://fal.ai/models/bria/video/background-removal/api
    """

    endpoint_id: ClassVar[str] = "bria/video/background-removal"
    input_model: ClassVar[type[BriaVideoBackgroundRemovalInput]] = BriaVideoBackgroundRemovalInput
    output_model: ClassVar[type[BriaVideoBackgroundRemovalOutput]] = (
        BriaVideoBackgroundRemovalOutput
    )
    Input = BriaVideoBackgroundRemovalInput
    Output = BriaVideoBackgroundRemovalOutput

    async def subscribe(
        self,
        *,
        output_container_and_codec: Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaVideoBackgroundRemovalOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
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
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaVideoBackgroundRemovalOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
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
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaVideoBackgroundRemovalOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
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
            "mov_h265",
            "mov_proresks",
            "mkv_h265",
            "mkv_h264",
            "mkv_vp9",
            "gif",
        ]
        | Omit = omit,
        preserve_audio: bool | Omit = omit,
        video_url: FileInput,
        background_color: Literal[
            "Transparent",
            "Black",
            "White",
            "Gray",
            "Red",
            "Green",
            "Blue",
            "Yellow",
            "Cyan",
            "Magenta",
            "Orange",
        ]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaVideoBackgroundRemovalOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            output_container_and_codec: Output container and codec. Options: mp4_h265, mp4_h264,
                webm_vp9, mov_h265, mov_proresks, mkv_h265, mkv_h264, mkv_vp9, gif. Default:
                "webm_vp9".
            preserve_audio: If true, audio will be preserved in the output video. Default: true.
            video_url: Input video to remove background from. Size should be less than 4000x4000 and
                duration less than 30s. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            background_color: Background color. Options: Transparent, Black, White, Gray, Red,
                Green, Blue, Yellow, Cyan, Magenta, Orange. Default: "Black".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "output_container_and_codec": output_container_and_codec,
                "preserve_audio": preserve_audio,
                "video_url": video_url,
                "background_color": background_color,
            }
        )
        return self._stream(payload, options)
