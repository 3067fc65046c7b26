# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `perceptron/isaac-01/openai/v1/chat/completions` (Perceptron Isaac 01
Openai V1 Chat Completions).
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
from fal_models.models.perceptron_isaac_01_openai_v1_chat_completions import (
    PerceptronIsaac01OpenaiV1ChatCompletionsInput,
    PerceptronIsaac01OpenaiV1ChatCompletionsOutput,
)

__all__ = [
    "PerceptronIsaac01OpenaiV1ChatCompletions",
    "AsyncPerceptronIsaac01OpenaiV1ChatCompletions",
    "PerceptronIsaac01OpenaiV1ChatCompletionsInput",
    "PerceptronIsaac01OpenaiV1ChatCompletionsOutput",
]


class PerceptronIsaac01OpenaiV1ChatCompletions(
    SyncEndpoint[
        PerceptronIsaac01OpenaiV1ChatCompletionsInput,
        PerceptronIsaac01OpenaiV1ChatCompletionsOutput,
    ]
):
    """Perceptron Isaac 01 Openai V1 Chat Completions
    (`perceptron/isaac-01/openai/v1/chat/completions`).

    Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)

    Category: vision. Docs: https://fal.ai/models/perceptron/isaac-01/openai/v1/chat/completions/api
    """

    endpoint_id: ClassVar[str] = "perceptron/isaac-01/openai/v1/chat/completions"
    input_model: ClassVar[type[PerceptronIsaac01OpenaiV1ChatCompletionsInput]] = (
        PerceptronIsaac01OpenaiV1ChatCompletionsInput
    )
    output_model: ClassVar[type[PerceptronIsaac01OpenaiV1ChatCompletionsOutput]] = (
        PerceptronIsaac01OpenaiV1ChatCompletionsOutput
    )
    Input = PerceptronIsaac01OpenaiV1ChatCompletionsInput
    Output = PerceptronIsaac01OpenaiV1ChatCompletionsOutput

    def subscribe(
        self,
        **options: Unpack[SubscribeOptions],
    ) -> PerceptronIsaac01OpenaiV1ChatCompletionsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input({})
        return self._subscribe(payload, options)

    def submit(
        self,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PerceptronIsaac01OpenaiV1ChatCompletionsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input({})
        return self._submit(payload, options)

    def run(
        self,
        **options: Unpack[RunOptions],
    ) -> PerceptronIsaac01OpenaiV1ChatCompletionsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            **options: Call options, see `RunOptions`.
        """
        payload = self._input({})
        return self._run(payload, options)

    def stream(
        self,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PerceptronIsaac01OpenaiV1ChatCompletionsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input({})
        return self._stream(payload, options)


class AsyncPerceptronIsaac01OpenaiV1ChatCompletions(
    AsyncEndpoint[
        PerceptronIsaac01OpenaiV1ChatCompletionsInput,
        PerceptronIsaac01OpenaiV1ChatCompletionsOutput,
    ]
):
    """Perceptron Isaac 01 Openai V1 Chat Completions
    (`perceptron/isaac-01/openai/v1/chat/completions`).

    Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)

    Category: vision. Docs: https://fal.ai/models/perceptron/isaac-01/openai/v1/chat/completions/api
    """

    endpoint_id: ClassVar[str] = "perceptron/isaac-01/openai/v1/chat/completions"
    input_model: ClassVar[type[PerceptronIsaac01OpenaiV1ChatCompletionsInput]] = (
        PerceptronIsaac01OpenaiV1ChatCompletionsInput
    )
    output_model: ClassVar[type[PerceptronIsaac01OpenaiV1ChatCompletionsOutput]] = (
        PerceptronIsaac01OpenaiV1ChatCompletionsOutput
    )
    Input = PerceptronIsaac01OpenaiV1ChatCompletionsInput
    Output = PerceptronIsaac01OpenaiV1ChatCompletionsOutput

    async def subscribe(
        self,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PerceptronIsaac01OpenaiV1ChatCompletionsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input({})
        return await self._subscribe(payload, options)

    async def submit(
        self,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PerceptronIsaac01OpenaiV1ChatCompletionsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input({})
        return await self._submit(payload, options)

    async def run(
        self,
        **options: Unpack[RunOptions],
    ) -> PerceptronIsaac01OpenaiV1ChatCompletionsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            **options: Call options, see `RunOptions`.
        """
        payload = self._input({})
        return await self._run(payload, options)

    def stream(
        self,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PerceptronIsaac01OpenaiV1ChatCompletionsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input({})
        return self._stream(payload, options)
