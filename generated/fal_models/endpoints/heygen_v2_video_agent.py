# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/heygen/v2/video-agent` (Heygen V2 Video Agent)."""

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
from fal_models.models.heygen_v2_video_agent import (
    HeygenV2VideoAgentInput,
    HeygenV2VideoAgentOutput,
    VideoAgentConfig,
)

__all__ = [
    "HeygenV2VideoAgent",
    "AsyncHeygenV2VideoAgent",
    "HeygenV2VideoAgentInput",
    "HeygenV2VideoAgentOutput",
]


class HeygenV2VideoAgent(SyncEndpoint[HeygenV2VideoAgentInput, HeygenV2VideoAgentOutput]):
    """Heygen V2 Video Agent (`fal-ai/heygen/v2/video-agent`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/heygen/v2/video-agent/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/v2/video-agent"
    input_model: ClassVar[type[HeygenV2VideoAgentInput]] = HeygenV2VideoAgentInput
    output_model: ClassVar[type[HeygenV2VideoAgentOutput]] = HeygenV2VideoAgentOutput
    Input = HeygenV2VideoAgentInput
    Output = HeygenV2VideoAgentOutput

    def subscribe(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HeygenV2VideoAgentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HeygenV2VideoAgentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenV2VideoAgentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HeygenV2VideoAgentOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return self._stream(payload, options)


class AsyncHeygenV2VideoAgent(AsyncEndpoint[HeygenV2VideoAgentInput, HeygenV2VideoAgentOutput]):
    """Heygen V2 Video Agent (`fal-ai/heygen/v2/video-agent`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/heygen/v2/video-agent/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/v2/video-agent"
    input_model: ClassVar[type[HeygenV2VideoAgentInput]] = HeygenV2VideoAgentInput
    output_model: ClassVar[type[HeygenV2VideoAgentOutput]] = HeygenV2VideoAgentOutput
    Input = HeygenV2VideoAgentInput
    Output = HeygenV2VideoAgentOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HeygenV2VideoAgentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HeygenV2VideoAgentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenV2VideoAgentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        config: VideoAgentConfig | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HeygenV2VideoAgentOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Natural language prompt describing the video to generate. Include details about
                style, visual elements, and desired length for best results.
            config: Video configuration options.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "config": config,
            }
        )
        return self._stream(payload, options)
