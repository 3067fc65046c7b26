# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `openrouter/router/openai/v1/chat/completions` (Openrouter Router Openai
V1 Chat Completions).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models.models.openrouter_router_openai_v1_chat_completions import (
    OpenrouterRouterOpenaiV1ChatCompletionsInput,
    OpenrouterRouterOpenaiV1ChatCompletionsOutput,
)

__all__ = [
    "OpenrouterRouterOpenaiV1ChatCompletions",
    "AsyncOpenrouterRouterOpenaiV1ChatCompletions",
    "OpenrouterRouterOpenaiV1ChatCompletionsInput",
    "OpenrouterRouterOpenaiV1ChatCompletionsOutput",
]


class OpenrouterRouterOpenaiV1ChatCompletions(
    SyncEndpoint[
        OpenrouterRouterOpenaiV1ChatCompletionsInput, OpenrouterRouterOpenaiV1ChatCompletionsOutput
    ]
):
    """Openrouter Router Openai V1 Chat Completions
    (`openrouter/router/openai/v1/chat/completions`).

    Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)

    Category: llm. Docs: https://fal.ai/models/openrouter/router/openai/v1/chat/completions/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router/openai/v1/chat/completions"
    input_model: ClassVar[type[OpenrouterRouterOpenaiV1ChatCompletionsInput]] = (
        OpenrouterRouterOpenaiV1ChatCompletionsInput
    )
    output_model: ClassVar[type[OpenrouterRouterOpenaiV1ChatCompletionsOutput]] = (
        OpenrouterRouterOpenaiV1ChatCompletionsOutput
    )
    Input = OpenrouterRouterOpenaiV1ChatCompletionsInput
    Output = OpenrouterRouterOpenaiV1ChatCompletionsOutput

    def subscribe(
        self,
        **options: Unpack[SubscribeOptions],
    ) -> OpenrouterRouterOpenaiV1ChatCompletionsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input({})
        return self._subscribe(payload, options)

    def submit(
        self,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OpenrouterRouterOpenaiV1ChatCompletionsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input({})
        return self._submit(payload, options)

    def run(
        self,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterOpenaiV1ChatCompletionsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            **options: Call options, see `RunOptions`.
        """
        payload = self._input({})
        return self._run(payload, options)

    def stream(
        self,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OpenrouterRouterOpenaiV1ChatCompletionsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input({})
        return self._stream(payload, options)


class AsyncOpenrouterRouterOpenaiV1ChatCompletions(
    AsyncEndpoint[
        OpenrouterRouterOpenaiV1ChatCompletionsInput, OpenrouterRouterOpenaiV1ChatCompletionsOutput
    ]
):
    """Openrouter Router Openai V1 Chat Completions
    (`openrouter/router/openai/v1/chat/completions`).

    Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)

    Category: llm. Docs: https://fal.ai/models/openrouter/router/openai/v1/chat/completions/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router/openai/v1/chat/completions"
    input_model: ClassVar[type[OpenrouterRouterOpenaiV1ChatCompletionsInput]] = (
        OpenrouterRouterOpenaiV1ChatCompletionsInput
    )
    output_model: ClassVar[type[OpenrouterRouterOpenaiV1ChatCompletionsOutput]] = (
        OpenrouterRouterOpenaiV1ChatCompletionsOutput
    )
    Input = OpenrouterRouterOpenaiV1ChatCompletionsInput
    Output = OpenrouterRouterOpenaiV1ChatCompletionsOutput

    async def subscribe(
        self,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OpenrouterRouterOpenaiV1ChatCompletionsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input({})
        return await self._subscribe(payload, options)

    async def submit(
        self,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OpenrouterRouterOpenaiV1ChatCompletionsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input({})
        return await self._submit(payload, options)

    async def run(
        self,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterOpenaiV1ChatCompletionsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            **options: Call options, see `RunOptions`.
        """
        payload = self._input({})
        return await self._run(payload, options)

    def stream(
        self,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OpenrouterRouterOpenaiV1ChatCompletionsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input({})
        return self._stream(payload, options)
