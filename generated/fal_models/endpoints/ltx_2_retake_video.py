# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2/retake-video` (Ltx 2 Retake Video)."""

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
from fal_models.models.ltx_2_retake_video import Ltx2RetakeVideoInput, Ltx2RetakeVideoOutput

__all__ = [
    "Ltx2RetakeVideo",
    "AsyncLtx2RetakeVideo",
    "Ltx2RetakeVideoInput",
    "Ltx2RetakeVideoOutput",
]


class Ltx2RetakeVideo(SyncEndpoint[Ltx2RetakeVideoInput, Ltx2RetakeVideoOutput]):
    """Ltx 2 Retake Video (`fal-ai/ltx-2/retake-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/retake-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/retake-video"
    input_model: ClassVar[type[Ltx2RetakeVideoInput]] = Ltx2RetakeVideoInput
    output_model: ClassVar[type[Ltx2RetakeVideoOutput]] = Ltx2RetakeVideoOutput
    Input = Ltx2RetakeVideoInput
    Output = Ltx2RetakeVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2RetakeVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2RetakeVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2RetakeVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2RetakeVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2RetakeVideo(AsyncEndpoint[Ltx2RetakeVideoInput, Ltx2RetakeVideoOutput]):
    """Ltx 2 Retake Video (`fal-ai/ltx-2/retake-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/retake-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/retake-video"
    input_model: ClassVar[type[Ltx2RetakeVideoInput]] = Ltx2RetakeVideoInput
    output_model: ClassVar[type[Ltx2RetakeVideoOutput]] = Ltx2RetakeVideoOutput
    Input = Ltx2RetakeVideoInput
    Output = Ltx2RetakeVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2RetakeVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2RetakeVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2RetakeVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        start_time: float | Omit = omit,
        duration: float | Omit = omit,
        retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"]
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2RetakeVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to retake. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The prompt to retake the video with. Limits: min length 1, max length 5000.
            start_time: The start time of the video to retake in seconds. Default: 0. Limits:
                minimum 0, maximum 20.
            duration: The duration of the video to retake in seconds. Default: 5. Limits: minimum 2,
                maximum 20.
            retake_mode: The retake mode to use for the retake. Default: "replace_audio_and_video".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "start_time": start_time,
                "duration": duration,
                "retake_mode": retake_mode,
            }
        )
        return self._stream(payload, options)
