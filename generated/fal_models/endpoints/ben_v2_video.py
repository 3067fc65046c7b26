# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ben/v2/video` (Ben V2 Video)."""

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
from fal_models.models.ben_v2_video import BenV2VideoInput, BenV2VideoOutput

__all__ = ["BenV2Video", "AsyncBenV2Video", "BenV2VideoInput", "BenV2VideoOutput"]


class BenV2Video(SyncEndpoint[BenV2VideoInput, BenV2VideoOutput]):
    """Ben V2 Video (`fal-ai/ben/v2/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ben/v2/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ben/v2/video"
    input_model: ClassVar[type[BenV2VideoInput]] = BenV2VideoInput
    output_model: ClassVar[type[BenV2VideoOutput]] = BenV2VideoOutput
    Input = BenV2VideoInput
    Output = BenV2VideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BenV2VideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BenV2VideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BenV2VideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BenV2VideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncBenV2Video(AsyncEndpoint[BenV2VideoInput, BenV2VideoOutput]):
    """Ben V2 Video (`fal-ai/ben/v2/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ben/v2/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ben/v2/video"
    input_model: ClassVar[type[BenV2VideoInput]] = BenV2VideoInput
    output_model: ClassVar[type[BenV2VideoOutput]] = BenV2VideoOutput
    Input = BenV2VideoInput
    Output = BenV2VideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BenV2VideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BenV2VideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BenV2VideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        background_color: tuple[int, int, int] | None | Omit = omit,
        output_format: Literal["mp4", "webm"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BenV2VideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of video to be used for background removal. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            background_color: Optional RGB values (0-255) for the background color. If not provided,
                the background will be transparent. For ex: [0, 0, 0]. Limits: min items 3, max
                items 3.
            output_format: Output video format. Use "webm" for true transparency support (VP9 codec
                with alpha channel). MP4 format does not support transparency and will render
                transparent areas as black. Default: "mp4".
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "background_color": background_color,
                "output_format": output_format,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
