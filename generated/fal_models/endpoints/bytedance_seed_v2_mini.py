# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seed/v2/mini` (Bytedance Seed V2 Mini)."""

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
from fal_models._uploads import FileInput
from fal_models.models.bytedance_seed_v2_mini import (
    BytedanceSeedV2MiniInput,
    BytedanceSeedV2MiniOutput,
    Seed2MiniMessage,
)

__all__ = [
    "BytedanceSeedV2Mini",
    "AsyncBytedanceSeedV2Mini",
    "BytedanceSeedV2MiniInput",
    "BytedanceSeedV2MiniOutput",
]


class BytedanceSeedV2Mini(SyncEndpoint[BytedanceSeedV2MiniInput, BytedanceSeedV2MiniOutput]):
    """Bytedance Seed V2 Mini (`fal-ai/bytedance/seed/v2/mini`).

    Category: llm. Docs: https://fal.ai/models/fal-ai/bytedance/seed/v2/mini/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seed/v2/mini"
    input_model: ClassVar[type[BytedanceSeedV2MiniInput]] = BytedanceSeedV2MiniInput
    output_model: ClassVar[type[BytedanceSeedV2MiniOutput]] = BytedanceSeedV2MiniOutput
    Input = BytedanceSeedV2MiniInput
    Output = BytedanceSeedV2MiniOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedV2MiniOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedV2MiniOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedV2MiniOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedV2MiniOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedV2Mini(AsyncEndpoint[BytedanceSeedV2MiniInput, BytedanceSeedV2MiniOutput]):
    """Bytedance Seed V2 Mini (`fal-ai/bytedance/seed/v2/mini`).

    Category: llm. Docs: https://fal.ai/models/fal-ai/bytedance/seed/v2/mini/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seed/v2/mini"
    input_model: ClassVar[type[BytedanceSeedV2MiniInput]] = BytedanceSeedV2MiniInput
    output_model: ClassVar[type[BytedanceSeedV2MiniOutput]] = BytedanceSeedV2MiniOutput
    Input = BytedanceSeedV2MiniInput
    Output = BytedanceSeedV2MiniOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedV2MiniOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedV2MiniOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedV2MiniOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | Omit = omit,
        video_urls: list[FileInput] | Omit = omit,
        system_prompt: str | None | Omit = omit,
        messages: list[Seed2MiniMessage] | None | Omit = omit,
        thinking: Literal["enabled", "disabled", "auto"] | Omit = omit,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | None | Omit = omit,
        max_completion_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedV2MiniOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt or question for the model.
            image_urls: URLs of images for visual understanding. Supported formats: JPEG, PNG, WebP.
                A maximum of 6 images is supported. Any additional images will be ignored. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_urls: URLs of videos for video understanding. Supported formats: MP4, MOV. Audio
                comprehension is not supported. A maximum of 3 videos is supported. Any additional
                videos will be ignored. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            system_prompt: Optional system prompt to guide the model's behavior.
            messages: Optional prior conversation history for multi-turn conversations. Pass back
                the `messages` field from a previous response to provide context. The current
                `prompt`, `image_urls`, `video_urls`, and `system_prompt` are always appended as the
                latest user turn.
            thinking: Controls the model's chain-of-thought reasoning. `enabled` always includes
                reasoning, `disabled` never includes reasoning, `auto` lets the model decide based
                on the query. Default: "enabled".
            reasoning_effort: Controls the depth of reasoning before the model responds. Only
                applicable when `thinking` is `enabled` or `auto`. `minimal` for immediate response,
                `low` for faster response with light reasoning, `medium` for balanced speed and
                depth, `high` for deep analysis of complex issues.
            max_completion_tokens: Controls the maximum length of the model's output, including both
                the model's response and its chain-of-thought content, measured in tokens. Default:
                4096. Limits: minimum 1, maximum 65536.
            temperature: Controls randomness in the response. Lower values make output more focused
                and deterministic, higher values make it more creative. Default: 1. Limits: minimum
                0, maximum 2.
            top_p: Nucleus sampling parameter. The model considers tokens with top_p cumulative
                probability mass. Lower values narrow the token selection. Default: 0.7. Limits:
                minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "video_urls": video_urls,
                "system_prompt": system_prompt,
                "messages": messages,
                "thinking": thinking,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)
