# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `openrouter/router/vision` (Openrouter Router Vision)."""

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
from fal_models.models.openrouter_router_vision import (
    OpenrouterRouterVisionInput,
    OpenrouterRouterVisionOutput,
)

__all__ = [
    "OpenrouterRouterVision",
    "AsyncOpenrouterRouterVision",
    "OpenrouterRouterVisionInput",
    "OpenrouterRouterVisionOutput",
]


class OpenrouterRouterVision(
    SyncEndpoint[OpenrouterRouterVisionInput, OpenrouterRouterVisionOutput]
):
    """Openrouter Router Vision (`openrouter/router/vision`).

    Category: vision. Docs: https://fal.ai/models/openrouter/router/vision/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router/vision"
    input_model: ClassVar[type[OpenrouterRouterVisionInput]] = OpenrouterRouterVisionInput
    output_model: ClassVar[type[OpenrouterRouterVisionOutput]] = OpenrouterRouterVisionOutput
    Input = OpenrouterRouterVisionInput
    Output = OpenrouterRouterVisionOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OpenrouterRouterVisionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OpenrouterRouterVisionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterVisionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OpenrouterRouterVisionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)


class AsyncOpenrouterRouterVision(
    AsyncEndpoint[OpenrouterRouterVisionInput, OpenrouterRouterVisionOutput]
):
    """Openrouter Router Vision (`openrouter/router/vision`).

    Category: vision. Docs: https://fal.ai/models/openrouter/router/vision/api
    """

    endpoint_id: ClassVar[str] = "openrouter/router/vision"
    input_model: ClassVar[type[OpenrouterRouterVisionInput]] = OpenrouterRouterVisionInput
    output_model: ClassVar[type[OpenrouterRouterVisionOutput]] = OpenrouterRouterVisionOutput
    Input = OpenrouterRouterVisionInput
    Output = OpenrouterRouterVisionOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OpenrouterRouterVisionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OpenrouterRouterVisionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenrouterRouterVisionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        prompt: str,
        system_prompt: str | None | Omit = omit,
        model: str,
        reasoning: bool | Omit = omit,
        temperature: float | Omit = omit,
        max_tokens: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OpenrouterRouterVisionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of image URLs to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
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
                "image_urls": image_urls,
                "prompt": prompt,
                "system_prompt": system_prompt,
                "model": model,
                "reasoning": reasoning,
                "temperature": temperature,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)
