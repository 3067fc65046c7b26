# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lyria2` (Lyria2)."""

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
from fal_models.models.lyria2 import Lyria2Input, Lyria2Output

__all__ = ["Lyria2", "AsyncLyria2", "Lyria2Input", "Lyria2Output"]


class Lyria2(SyncEndpoint[Lyria2Input, Lyria2Output]):
    """Lyria2 (`fal-ai/lyria2`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/lyria2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lyria2"
    input_model: ClassVar[type[Lyria2Input]] = Lyria2Input
    output_model: ClassVar[type[Lyria2Output]] = Lyria2Output
    Input = Lyria2Input
    Output = Lyria2Output

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Lyria2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Lyria2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Lyria2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Lyria2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncLyria2(AsyncEndpoint[Lyria2Input, Lyria2Output]):
    """Lyria2 (`fal-ai/lyria2`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/lyria2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lyria2"
    input_model: ClassVar[type[Lyria2Input]] = Lyria2Input
    output_model: ClassVar[type[Lyria2Output]] = Lyria2Output
    Input = Lyria2Input
    Output = Lyria2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Lyria2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Lyria2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Lyria2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Lyria2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the music you want to generate. Limits: min length 1,
                max length 2000.
            negative_prompt: A description of what to exclude from the generated audio. Default:
                "low quality".
            seed: A seed for deterministic generation. If provided, the model will attempt to
                produce the same audio given the same prompt and other parameters.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
