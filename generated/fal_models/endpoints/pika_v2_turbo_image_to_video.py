# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pika/v2/turbo/image-to-video` (Pika V2 Turbo Image To Video)."""

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
from fal_models.models.pika_v2_turbo_image_to_video import (
    PikaV2TurboImageToVideoInput,
    PikaV2TurboImageToVideoOutput,
)

__all__ = [
    "PikaV2TurboImageToVideo",
    "AsyncPikaV2TurboImageToVideo",
    "PikaV2TurboImageToVideoInput",
    "PikaV2TurboImageToVideoOutput",
]


class PikaV2TurboImageToVideo(
    SyncEndpoint[PikaV2TurboImageToVideoInput, PikaV2TurboImageToVideoOutput]
):
    """Pika V2 Turbo Image To Video (`fal-ai/pika/v2/turbo/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2/turbo/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2/turbo/image-to-video"
    input_model: ClassVar[type[PikaV2TurboImageToVideoInput]] = PikaV2TurboImageToVideoInput
    output_model: ClassVar[type[PikaV2TurboImageToVideoOutput]] = PikaV2TurboImageToVideoOutput
    Input = PikaV2TurboImageToVideoInput
    Output = PikaV2TurboImageToVideoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PikaV2TurboImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PikaV2TurboImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2TurboImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PikaV2TurboImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncPikaV2TurboImageToVideo(
    AsyncEndpoint[PikaV2TurboImageToVideoInput, PikaV2TurboImageToVideoOutput]
):
    """Pika V2 Turbo Image To Video (`fal-ai/pika/v2/turbo/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2/turbo/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2/turbo/image-to-video"
    input_model: ClassVar[type[PikaV2TurboImageToVideoInput]] = PikaV2TurboImageToVideoInput
    output_model: ClassVar[type[PikaV2TurboImageToVideoOutput]] = PikaV2TurboImageToVideoOutput
    Input = PikaV2TurboImageToVideoInput
    Output = PikaV2TurboImageToVideoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PikaV2TurboImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PikaV2TurboImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2TurboImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PikaV2TurboImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: See fal's docs.
            seed: The seed for the random number generator.
            negative_prompt: A negative prompt to guide the model. Default: "".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
