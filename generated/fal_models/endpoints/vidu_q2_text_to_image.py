# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q2/text-to-image` (Vidu Q2 Text To Image)."""

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
from fal_models.models.vidu_q2_text_to_image import ViduQ2TextToImageInput, ViduQ2TextToImageOutput

__all__ = [
    "ViduQ2TextToImage",
    "AsyncViduQ2TextToImage",
    "ViduQ2TextToImageInput",
    "ViduQ2TextToImageOutput",
]


class ViduQ2TextToImage(SyncEndpoint[ViduQ2TextToImageInput, ViduQ2TextToImageOutput]):
    """Vidu Q2 Text To Image (`fal-ai/vidu/q2/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/vidu/q2/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/text-to-image"
    input_model: ClassVar[type[ViduQ2TextToImageInput]] = ViduQ2TextToImageInput
    output_model: ClassVar[type[ViduQ2TextToImageOutput]] = ViduQ2TextToImageOutput
    Input = ViduQ2TextToImageInput
    Output = ViduQ2TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ2TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ2TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ2TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ2TextToImage(AsyncEndpoint[ViduQ2TextToImageInput, ViduQ2TextToImageOutput]):
    """Vidu Q2 Text To Image (`fal-ai/vidu/q2/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/vidu/q2/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/text-to-image"
    input_model: ClassVar[type[ViduQ2TextToImageInput]] = ViduQ2TextToImageInput
    output_model: ClassVar[type[ViduQ2TextToImageOutput]] = ViduQ2TextToImageOutput
    Input = ViduQ2TextToImageInput
    Output = ViduQ2TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ2TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ2TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ2TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            seed: Random seed for generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
