# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/veo2` (Veo2)."""

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
from fal_models.models.veo2 import Veo2Input, Veo2Output

__all__ = ["Veo2", "AsyncVeo2", "Veo2Input", "Veo2Output"]


class Veo2(SyncEndpoint[Veo2Input, Veo2Output]):
    """Veo2 (`fal-ai/veo2`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/veo2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo2"
    input_model: ClassVar[type[Veo2Input]] = Veo2Input
    output_model: ClassVar[type[Veo2Output]] = Veo2Output
    Input = Veo2Input
    Output = Veo2Output

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Veo2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Veo2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Veo2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Veo2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return self._stream(payload, options)


class AsyncVeo2(AsyncEndpoint[Veo2Input, Veo2Output]):
    """Veo2 (`fal-ai/veo2`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/veo2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo2"
    input_model: ClassVar[type[Veo2Input]] = Veo2Input
    output_model: ClassVar[type[Veo2Output]] = Veo2Output
    Input = Veo2Input
    Output = Veo2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Veo2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Veo2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Veo2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["9:16", "16:9", "1:1"] | Omit = omit,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Veo2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video in seconds. Default: "5s".
            negative_prompt: A negative prompt to guide the video generation.
            enhance_prompt: Whether to enhance the video generation. Default: true.
            seed: A seed to use for the video generation.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enhance_prompt": enhance_prompt,
                "seed": seed,
                "auto_fix": auto_fix,
            }
        )
        return self._stream(payload, options)
