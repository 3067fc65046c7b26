# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kandinsky5/text-to-video/distill` (Kandinsky5 Text To Video
Distill).
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
from fal_models.models.kandinsky5_text_to_video_distill import (
    Kandinsky5TextToVideoDistillInput,
    Kandinsky5TextToVideoDistillOutput,
)

__all__ = [
    "Kandinsky5TextToVideoDistill",
    "AsyncKandinsky5TextToVideoDistill",
    "Kandinsky5TextToVideoDistillInput",
    "Kandinsky5TextToVideoDistillOutput",
]


class Kandinsky5TextToVideoDistill(
    SyncEndpoint[Kandinsky5TextToVideoDistillInput, Kandinsky5TextToVideoDistillOutput]
):
    """Kandinsky5 Text To Video Distill (`fal-ai/kandinsky5/text-to-video/distill`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/kandinsky5/text-to-video/distill/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kandinsky5/text-to-video/distill"
    input_model: ClassVar[type[Kandinsky5TextToVideoDistillInput]] = (
        Kandinsky5TextToVideoDistillInput
    )
    output_model: ClassVar[type[Kandinsky5TextToVideoDistillOutput]] = (
        Kandinsky5TextToVideoDistillOutput
    )
    Input = Kandinsky5TextToVideoDistillInput
    Output = Kandinsky5TextToVideoDistillOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Kandinsky5TextToVideoDistillOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Kandinsky5TextToVideoDistillOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Kandinsky5TextToVideoDistillOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Kandinsky5TextToVideoDistillOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncKandinsky5TextToVideoDistill(
    AsyncEndpoint[Kandinsky5TextToVideoDistillInput, Kandinsky5TextToVideoDistillOutput]
):
    """Kandinsky5 Text To Video Distill (`fal-ai/kandinsky5/text-to-video/distill`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/kandinsky5/text-to-video/distill/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kandinsky5/text-to-video/distill"
    input_model: ClassVar[type[Kandinsky5TextToVideoDistillInput]] = (
        Kandinsky5TextToVideoDistillInput
    )
    output_model: ClassVar[type[Kandinsky5TextToVideoDistillOutput]] = (
        Kandinsky5TextToVideoDistillOutput
    )
    Input = Kandinsky5TextToVideoDistillInput
    Output = Kandinsky5TextToVideoDistillOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Kandinsky5TextToVideoDistillOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Kandinsky5TextToVideoDistillOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Kandinsky5TextToVideoDistillOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["768x512"] | Omit = omit,
        aspect_ratio: Literal["3:2", "1:1", "2:3"] | Omit = omit,
        duration: Literal["5s", "10s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Kandinsky5TextToVideoDistillOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            resolution: Resolution of the generated video in W:H format. Will be calculated based on
                the aspect ratio(768x512, 512x512, 512x768). Default: "768x512".
            aspect_ratio: Aspect ratio of the generated video. One of (3:2, 1:1, 2:3). Default:
                "3:2".
            duration: The length of the video to generate (5s or 10s). Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
