# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pika/v2.2/text-to-video` (Pika V2.2 Text To Video)."""

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
from fal_models.models.pika_v2_2_text_to_video import (
    PikaV2_2TextToVideoInput,
    PikaV2_2TextToVideoOutput,
)

__all__ = [
    "PikaV2_2TextToVideo",
    "AsyncPikaV2_2TextToVideo",
    "PikaV2_2TextToVideoInput",
    "PikaV2_2TextToVideoOutput",
]


class PikaV2_2TextToVideo(SyncEndpoint[PikaV2_2TextToVideoInput, PikaV2_2TextToVideoOutput]):
    """Pika V2.2 Text To Video (`fal-ai/pika/v2.2/text-to-video`).

    Request model for Pika 2.2 text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2.2/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2.2/text-to-video"
    input_model: ClassVar[type[PikaV2_2TextToVideoInput]] = PikaV2_2TextToVideoInput
    output_model: ClassVar[type[PikaV2_2TextToVideoOutput]] = PikaV2_2TextToVideoOutput
    Input = PikaV2_2TextToVideoInput
    Output = PikaV2_2TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PikaV2_2TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PikaV2_2TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2_2TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PikaV2_2TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncPikaV2_2TextToVideo(AsyncEndpoint[PikaV2_2TextToVideoInput, PikaV2_2TextToVideoOutput]):
    """Pika V2.2 Text To Video (`fal-ai/pika/v2.2/text-to-video`).

    Request model for Pika 2.2 text-to-video generation

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2.2/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2.2/text-to-video"
    input_model: ClassVar[type[PikaV2_2TextToVideoInput]] = PikaV2_2TextToVideoInput
    output_model: ClassVar[type[PikaV2_2TextToVideoOutput]] = PikaV2_2TextToVideoOutput
    Input = PikaV2_2TextToVideoInput
    Output = PikaV2_2TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PikaV2_2TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PikaV2_2TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2_2TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["1080p", "720p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PikaV2_2TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
