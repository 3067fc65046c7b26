# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2/text-to-video` (Ltx 2 Text To Video)."""

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
from fal_models.models.ltx_2_text_to_video import Ltx2TextToVideoInput, Ltx2TextToVideoOutput

__all__ = [
    "Ltx2TextToVideo",
    "AsyncLtx2TextToVideo",
    "Ltx2TextToVideoInput",
    "Ltx2TextToVideoOutput",
]


class Ltx2TextToVideo(SyncEndpoint[Ltx2TextToVideoInput, Ltx2TextToVideoOutput]):
    """Ltx 2 Text To Video (`fal-ai/ltx-2/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/text-to-video"
    input_model: ClassVar[type[Ltx2TextToVideoInput]] = Ltx2TextToVideoInput
    output_model: ClassVar[type[Ltx2TextToVideoOutput]] = Ltx2TextToVideoOutput
    Input = Ltx2TextToVideoInput
    Output = Ltx2TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2TextToVideo(AsyncEndpoint[Ltx2TextToVideoInput, Ltx2TextToVideoOutput]):
    """Ltx 2 Text To Video (`fal-ai/ltx-2/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/text-to-video"
    input_model: ClassVar[type[Ltx2TextToVideoInput]] = Ltx2TextToVideoInput
    output_model: ClassVar[type[Ltx2TextToVideoOutput]] = Ltx2TextToVideoOutput
    Input = Ltx2TextToVideoInput
    Output = Ltx2TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)
