# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `openrouter/router/openai/v1/responses` (Openrouter Router Openai V1
Responses).
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
from fal_models.models.openrouter_router_openai_v1_responses import (
    OpenrouterRouterOpenaiV1ResponsesInput,
    OpenrouterRouterOpenaiV1ResponsesOutput,
)

__all__ = [
    "OpenrouterRouterOpenaiV1Responses",
    "AsyncOpenrouterRouterOpenaiV1Responses",
    "OpenrouterRouterOpenaiV1ResponsesInput",
    "OpenrouterRouterOpenaiV1ResponsesOutput",
]


class OpenrouterRouterOpenaiV1Responses(
    SyncEndpoint[OpenrouterRouterOpenaiV1ResponsesInput, OpenrouterRouterOpenaiV1ResponsesOutput]
):
    """Openrouter Router Openai V1 Responses (`openrouter/router/openai/v1/responses`).

    Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)

    Category: llm. Docs: https://fal.ai/models/openrouter/router/openai/v1/responses/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router/openai/v1/responses"
    input_model: ClassVar[type[OpenrouterRouterOpenaiV1ResponsesInput]] = (
        OpenrouterRouterOpenaiV1ResponsesInput
    )
    output_model: ClassVar[type[OpenrouterRouterOpenaiV1ResponsesOutput]] = (
        OpenrouterRouterOpenaiV1ResponsesOutput
    )
    Input = OpenrouterRouterOpenaiV1ResponsesInput
    Output = OpenrouterRouterOpenaiV1ResponsesOutput

    def subscribe(
        self,
        **options: Unpack[SubscribeOptions],
    ) -> OpenrouterRouterOpenaiV1ResponsesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input({})
        return self._subscribe(payload, options)

    def submit(
        self,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OpenrouterRouterOpenaiV1ResponsesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input({})
        return self._submit(payload, options)

    def run(
        self,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterOpenaiV1ResponsesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            **options: Call options, see `RunOptions`.
        """
        payload = self._input({})
        return self._run(payload, options)

    def stream(
        self,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OpenrouterRouterOpenaiV1ResponsesOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input({})
        return self._stream(payload, options)


class AsyncOpenrouterRouterOpenaiV1Responses(
    AsyncEndpoint[OpenrouterRouterOpenaiV1ResponsesInput, OpenrouterRouterOpenaiV1ResponsesOutput]
):
    """Openrouter Router Openai V1 Responses (`openrouter/router/openai/v1/responses`).

    Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)

    Category: llm. Docs: https://fal.ai/models/openrouter/router/openai/v1/responses/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router/openai/v1/responses"
    input_model: ClassVar[type[OpenrouterRouterOpenaiV1ResponsesInput]] = (
        OpenrouterRouterOpenaiV1ResponsesInput
    )
    output_model: ClassVar[type[OpenrouterRouterOpenaiV1ResponsesOutput]] = (
        OpenrouterRouterOpenaiV1ResponsesOutput
    )
    Input = OpenrouterRouterOpenaiV1ResponsesInput
    Output = OpenrouterRouterOpenaiV1ResponsesOutput

    async def subscribe(
        self,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OpenrouterRouterOpenaiV1ResponsesOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input({})
        return await self._subscribe(payload, options)

    async def submit(
        self,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OpenrouterRouterOpenaiV1ResponsesOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input({})
        return await self._submit(payload, options)

    async def run(
        self,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterOpenaiV1ResponsesOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            **options: Call options, see `RunOptions`.
        """
        payload = self._input({})
        return await self._run(payload, options)

    def stream(
        self,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OpenrouterRouterOpenaiV1ResponsesOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input({})
        return self._stream(payload, options)
