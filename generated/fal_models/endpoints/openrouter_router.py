# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `openrouter/router` (Openrouter Router)."""

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
from fal_models.models.openrouter_router import OpenrouterRouterInput, OpenrouterRouterOutput

__all__ = [
    "OpenrouterRouter",
    "AsyncOpenrouterRouter",
    "OpenrouterRouterInput",
    "OpenrouterRouterOutput",
]


class OpenrouterRouter(SyncEndpoint[OpenrouterRouterInput, OpenrouterRouterOutput]):
    """Openrouter Router (`openrouter/router`).

    Category: llm. Docs: https://fal.ai/models/openrouter/router/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router"
    input_model: ClassVar[type[OpenrouterRouterInput]] = OpenrouterRouterInput
    output_model: ClassVar[type[OpenrouterRouterOutput]] = OpenrouterRouterOutput
    Input = OpenrouterRouterInput
    Output = OpenrouterRouterOutput

    def subscribe(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OpenrouterRouterOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OpenrouterRouterOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OpenrouterRouterOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)


class AsyncOpenrouterRouter(AsyncEndpoint[OpenrouterRouterInput, OpenrouterRouterOutput]):
    """Openrouter Router (`openrouter/router`).

    Category: llm. Docs: https://fal.ai/models/openrouter/router/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router"
    input_model: ClassVar[type[OpenrouterRouterInput]] = OpenrouterRouterInput
    output_model: ClassVar[type[OpenrouterRouterOutput]] = OpenrouterRouterOutput
    Input = OpenrouterRouterInput
    Output = OpenrouterRouterOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OpenrouterRouterOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OpenrouterRouterOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OpenrouterRouterOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to be used for the chat completion.
            system_prompt: System prompt to provide context or instructions to the model.
            model: Name of the model to use. Charged based on actual token usage.
            reasoning: Should reasoning be the part of the final answer. Default: false.
            temperature: This setting influences the variety in the model's responses. Lower values
                lead to more predictable and typical responses, while higher values encourage more
                diverse and less common responses. At 0, the model always gives the same response
                for a given input. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: This sets the upper limit for the number of tokens the model can generate in
                response. It won't produce more than this limit. The maximum value is the context
                length minus the prompt length. Limits: minimum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)
