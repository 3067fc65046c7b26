# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `nvidia/nemotron-3-nano-omni/video` (Nvidia Nemotron 3 Nano Omni Video)."""

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
from fal_models.models.nvidia_nemotron_3_nano_omni_video import (
    NvidiaNemotron3NanoOmniVideoInput,
    NvidiaNemotron3NanoOmniVideoOutput,
)

__all__ = [
    "NvidiaNemotron3NanoOmniVideo",
    "AsyncNvidiaNemotron3NanoOmniVideo",
    "NvidiaNemotron3NanoOmniVideoInput",
    "NvidiaNemotron3NanoOmniVideoOutput",
]


class NvidiaNemotron3NanoOmniVideo(
    SyncEndpoint[NvidiaNemotron3NanoOmniVideoInput, NvidiaNemotron3NanoOmniVideoOutput]
):
    """Nvidia Nemotron 3 Nano Omni Video (`nvidia/nemotron-3-nano-omni/video`).

    Category: video-to-text. Docs: https://fal.ai/models/nvidia/nemotron-3-nano-omni/video/api
    """

    endpoint_id: ClassVar[str] = "nvidia/nemotron-3-nano-omni/video"
    input_model: ClassVar[type[NvidiaNemotron3NanoOmniVideoInput]] = (
        NvidiaNemotron3NanoOmniVideoInput
    )
    output_model: ClassVar[type[NvidiaNemotron3NanoOmniVideoOutput]] = (
        NvidiaNemotron3NanoOmniVideoOutput
    )
    Input = NvidiaNemotron3NanoOmniVideoInput
    Output = NvidiaNemotron3NanoOmniVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> NvidiaNemotron3NanoOmniVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[NvidiaNemotron3NanoOmniVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> NvidiaNemotron3NanoOmniVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[NvidiaNemotron3NanoOmniVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)


class AsyncNvidiaNemotron3NanoOmniVideo(
    AsyncEndpoint[NvidiaNemotron3NanoOmniVideoInput, NvidiaNemotron3NanoOmniVideoOutput]
):
    """Nvidia Nemotron 3 Nano Omni Video (`nvidia/nemotron-3-nano-omni/video`).

    Category: video-to-text. Docs: https://fal.ai/models/nvidia/nemotron-3-nano-omni/video/api
    """

    endpoint_id: ClassVar[str] = "nvidia/nemotron-3-nano-omni/video"
    input_model: ClassVar[type[NvidiaNemotron3NanoOmniVideoInput]] = (
        NvidiaNemotron3NanoOmniVideoInput
    )
    output_model: ClassVar[type[NvidiaNemotron3NanoOmniVideoOutput]] = (
        NvidiaNemotron3NanoOmniVideoOutput
    )
    Input = NvidiaNemotron3NanoOmniVideoInput
    Output = NvidiaNemotron3NanoOmniVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> NvidiaNemotron3NanoOmniVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[NvidiaNemotron3NanoOmniVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> NvidiaNemotron3NanoOmniVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        system_prompt: str | None | Omit = omit,
        reasoning_mode: Literal["think", "no_think"] | Omit = omit,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[NvidiaNemotron3NanoOmniVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to send to the model. English only. Limits: min length 1.
            system_prompt: Optional system prompt to steer the model. If omitted, the reasoning_mode
                control token is used as the system message.
            reasoning_mode: Whether the model should emit an explicit reasoning trace. `no_think`
                returns a direct answer; `think` returns chain-of-thought followed by the final
                answer. Default: "no_think".
            max_tokens: Maximum number of tokens to generate. Default: 1024. Limits: minimum 1,
                maximum 20000.
            temperature: Sampling temperature. Lower is more deterministic. Default: 0.7. Limits:
                minimum 0, maximum 2.
            top_p: Nucleus sampling probability mass. Default: 0.95. Limits: minimum 0, maximum 1.
            video_url: URL of the video to reason about. mp4, up to 1080p, max 2 minutes. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "reasoning_mode": reasoning_mode,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)
