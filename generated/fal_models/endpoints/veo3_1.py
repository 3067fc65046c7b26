# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/veo3.1` (Veo3.1)."""

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
from fal_models.models.veo3_1 import Veo3_1Input, Veo3_1Output

__all__ = ["Veo3_1", "AsyncVeo3_1", "Veo3_1Input", "Veo3_1Output"]


class Veo3_1(SyncEndpoint[Veo3_1Input, Veo3_1Output]):
    """Veo3.1 (`fal-ai/veo3.1`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/veo3.1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo3.1"
    input_model: ClassVar[type[Veo3_1Input]] = Veo3_1Input
    output_model: ClassVar[type[Veo3_1Output]] = Veo3_1Output
    Input = Veo3_1Input
    Output = Veo3_1Output

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Veo3_1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Veo3_1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Veo3_1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Veo3_1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return self._stream(payload, options)


class AsyncVeo3_1(AsyncEndpoint[Veo3_1Input, Veo3_1Output]):
    """Veo3.1 (`fal-ai/veo3.1`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/veo3.1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo3.1"
    input_model: ClassVar[type[Veo3_1Input]] = Veo3_1Input
    output_model: ClassVar[type[Veo3_1Output]] = Veo3_1Output
    Input = Veo3_1Input
    Output = Veo3_1Output

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Veo3_1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Veo3_1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Veo3_1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        duration: Literal["4s", "6s", "8s"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        resolution: Literal["720p", "1080p", "4k"] | Omit = omit,
        generate_audio: bool | Omit = omit,
        seed: int | None | Omit = omit,
        auto_fix: bool | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Veo3_1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: max length
                20000.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            duration: The duration of the generated video. Default: "8s".
            negative_prompt: A negative prompt to guide the video generation.
            resolution: The resolution of the generated video. Default: "720p".
            generate_audio: Whether to generate audio for the video. Default: true.
            seed: The seed for the random number generator.
            auto_fix: Whether to automatically attempt to fix prompts that fail content policy or
                other validation checks by rewriting them. Default: true.
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "generate_audio": generate_audio,
                "seed": seed,
                "auto_fix": auto_fix,
                "safety_tolerance": safety_tolerance,
            }
        )
        return self._stream(payload, options)
