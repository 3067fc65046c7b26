# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pika/v2.2/pikascenes` (Pika V2.2 Pikascenes)."""

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
from fal_models.models.pika_v2_2_pikascenes import PikaV2_2PikascenesInput, PikaV2_2PikascenesOutput

__all__ = [
    "PikaV2_2Pikascenes",
    "AsyncPikaV2_2Pikascenes",
    "PikaV2_2PikascenesInput",
    "PikaV2_2PikascenesOutput",
]


class PikaV2_2Pikascenes(SyncEndpoint[PikaV2_2PikascenesInput, PikaV2_2PikascenesOutput]):
    """Pika V2.2 Pikascenes (`fal-ai/pika/v2.2/pikascenes`).

    Request model for Pika 2.2 Pikascenes (collection-to-video) generation

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2.2/pikascenes/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2.2/pikascenes"
    input_model: ClassVar[type[PikaV2_2PikascenesInput]] = PikaV2_2PikascenesInput
    output_model: ClassVar[type[PikaV2_2PikascenesOutput]] = PikaV2_2PikascenesOutput
    Input = PikaV2_2PikascenesInput
    Output = PikaV2_2PikascenesOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PikaV2_2PikascenesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PikaV2_2PikascenesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2_2PikascenesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PikaV2_2PikascenesOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return self._stream(payload, options)


class AsyncPikaV2_2Pikascenes(AsyncEndpoint[PikaV2_2PikascenesInput, PikaV2_2PikascenesOutput]):
    """Pika V2.2 Pikascenes (`fal-ai/pika/v2.2/pikascenes`).

    Request model for Pika 2.2 Pikascenes (collection-to-video) generation

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2.2/pikascenes/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2.2/pikascenes"
    input_model: ClassVar[type[PikaV2_2PikascenesInput]] = PikaV2_2PikascenesInput
    output_model: ClassVar[type[PikaV2_2PikascenesOutput]] = PikaV2_2PikascenesOutput
    Input = PikaV2_2PikascenesInput
    Output = PikaV2_2PikascenesOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PikaV2_2PikascenesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PikaV2_2PikascenesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2_2PikascenesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[5, 10] | Omit = omit,
        ingredients_mode: Literal["precise", "creative"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PikaV2_2PikascenesOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: URLs of images to combine into a video. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the desired video.
            negative_prompt: A negative prompt to guide the model. Default: "ugly, bad, terrible".
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "1080p".
            duration: The duration of the generated video in seconds. Default: 5.
            ingredients_mode: Mode for integrating multiple images. Precise mode is more accurate,
                creative mode is more creative. Default: "precise".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "ingredients_mode": ingredients_mode,
            }
        )
        return self._stream(payload, options)
