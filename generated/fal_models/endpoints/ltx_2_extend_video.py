# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2/extend-video` (Ltx 2 Extend Video)."""

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
from fal_models.models.ltx_2_extend_video import Ltx2ExtendVideoInput, Ltx2ExtendVideoOutput

__all__ = [
    "Ltx2ExtendVideo",
    "AsyncLtx2ExtendVideo",
    "Ltx2ExtendVideoInput",
    "Ltx2ExtendVideoOutput",
]


class Ltx2ExtendVideo(SyncEndpoint[Ltx2ExtendVideoInput, Ltx2ExtendVideoOutput]):
    """Ltx 2 Extend Video (`fal-ai/ltx-2/extend-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/extend-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/extend-video"
    input_model: ClassVar[type[Ltx2ExtendVideoInput]] = Ltx2ExtendVideoInput
    output_model: ClassVar[type[Ltx2ExtendVideoOutput]] = Ltx2ExtendVideoOutput
    Input = Ltx2ExtendVideoInput
    Output = Ltx2ExtendVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2ExtendVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2ExtendVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2ExtendVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2ExtendVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2ExtendVideo(AsyncEndpoint[Ltx2ExtendVideoInput, Ltx2ExtendVideoOutput]):
    """Ltx 2 Extend Video (`fal-ai/ltx-2/extend-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/extend-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/extend-video"
    input_model: ClassVar[type[Ltx2ExtendVideoInput]] = Ltx2ExtendVideoInput
    output_model: ClassVar[type[Ltx2ExtendVideoOutput]] = Ltx2ExtendVideoOutput
    Input = Ltx2ExtendVideoInput
    Output = Ltx2ExtendVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2ExtendVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2ExtendVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2ExtendVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str | None | Omit = omit,
        duration: float | Omit = omit,
        mode: Literal["start", "end"] | Omit = omit,
        context: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2ExtendVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Description of what should happen in the extended portion of the video. Limits:
                max length 5000.
            duration: Duration in seconds to extend the video. Maximum 20 seconds. Default: 5.
                Limits: minimum 1, maximum 20.
            mode: Where to extend the video: 'end' extends at the end, 'start' extends at the
                beginning. Default: "end".
            context: Number of seconds from the input video to use as context for the extension
                (minimum 1 second, maximum 20 seconds). If not provided, defaults to maximize
                available context within the 505 frame limit. Limits: minimum 1, maximum 20.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "duration": duration,
                "mode": mode,
                "context": context,
            }
        )
        return self._stream(payload, options)
