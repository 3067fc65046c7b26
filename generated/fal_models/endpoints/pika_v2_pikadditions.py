# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pika/v2/pikadditions` (Pika V2 Pikadditions)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.pika_v2_pikadditions import PikaV2PikadditionsInput, PikaV2PikadditionsOutput

__all__ = [
    "PikaV2Pikadditions",
    "AsyncPikaV2Pikadditions",
    "PikaV2PikadditionsInput",
    "PikaV2PikadditionsOutput",
]


class PikaV2Pikadditions(SyncEndpoint[PikaV2PikadditionsInput, PikaV2PikadditionsOutput]):
    """Pika V2 Pikadditions (`fal-ai/pika/v2/pikadditions`).

    Request model for Pikadditions endpoint

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2/pikadditions/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2/pikadditions"
    input_model: ClassVar[type[PikaV2PikadditionsInput]] = PikaV2PikadditionsInput
    output_model: ClassVar[type[PikaV2PikadditionsOutput]] = PikaV2PikadditionsOutput
    Input = PikaV2PikadditionsInput
    Output = PikaV2PikadditionsOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PikaV2PikadditionsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PikaV2PikadditionsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2PikadditionsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PikaV2PikadditionsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncPikaV2Pikadditions(AsyncEndpoint[PikaV2PikadditionsInput, PikaV2PikadditionsOutput]):
    """Pika V2 Pikadditions (`fal-ai/pika/v2/pikadditions`).

    Request model for Pikadditions endpoint

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pika/v2/pikadditions/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pika/v2/pikadditions"
    input_model: ClassVar[type[PikaV2PikadditionsInput]] = PikaV2PikadditionsInput
    output_model: ClassVar[type[PikaV2PikadditionsOutput]] = PikaV2PikadditionsOutput
    Input = PikaV2PikadditionsInput
    Output = PikaV2PikadditionsOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PikaV2PikadditionsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PikaV2PikadditionsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PikaV2PikadditionsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PikaV2PikadditionsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            image_url: URL of the image to add. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt describing what to add.
            negative_prompt: Negative prompt to guide the model.
            seed: The seed for the random number generator.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
