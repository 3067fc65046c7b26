# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bagel` (Bagel)."""

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
from fal_models.models.bagel import BagelInput, BagelOutput

__all__ = ["Bagel", "AsyncBagel", "BagelInput", "BagelOutput"]


class Bagel(SyncEndpoint[BagelInput, BagelOutput]):
    """Bagel (`fal-ai/bagel`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bagel/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bagel"
    input_model: ClassVar[type[BagelInput]] = BagelInput
    output_model: ClassVar[type[BagelOutput]] = BagelOutput
    Input = BagelInput
    Output = BagelOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BagelOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BagelOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BagelOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BagelOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncBagel(AsyncEndpoint[BagelInput, BagelOutput]):
    """Bagel (`fal-ai/bagel`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bagel/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bagel"
    input_model: ClassVar[type[BagelInput]] = BagelInput
    output_model: ClassVar[type[BagelOutput]] = BagelOutput
    Input = BagelInput
    Output = BagelOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BagelOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BagelOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BagelOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | Omit = omit,
        use_thought: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BagelOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation.
            use_thought: Whether to use thought tokens for generation. If set to true, the model
                will "think" to potentially improve generation quality. Increases generation time
                and increases the cost by 20%. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "use_thought": use_thought,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
