# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/krea-wan-14b/text-to-video` (Krea Wan 14b Text To Video)."""

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
from fal_models.models.krea_wan_14b_text_to_video import (
    KreaWan14bTextToVideoInput,
    KreaWan14bTextToVideoOutput,
)

__all__ = [
    "KreaWan14bTextToVideo",
    "AsyncKreaWan14bTextToVideo",
    "KreaWan14bTextToVideoInput",
    "KreaWan14bTextToVideoOutput",
]


class KreaWan14bTextToVideo(SyncEndpoint[KreaWan14bTextToVideoInput, KreaWan14bTextToVideoOutput]):
    """Krea Wan 14b Text To Video (`fal-ai/krea-wan-14b/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/krea-wan-14b/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/krea-wan-14b/text-to-video"
    input_model: ClassVar[type[KreaWan14bTextToVideoInput]] = KreaWan14bTextToVideoInput
    output_model: ClassVar[type[KreaWan14bTextToVideoOutput]] = KreaWan14bTextToVideoOutput
    Input = KreaWan14bTextToVideoInput
    Output = KreaWan14bTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KreaWan14bTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KreaWan14bTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KreaWan14bTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KreaWan14bTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncKreaWan14bTextToVideo(
    AsyncEndpoint[KreaWan14bTextToVideoInput, KreaWan14bTextToVideoOutput]
):
    """Krea Wan 14b Text To Video (`fal-ai/krea-wan-14b/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/krea-wan-14b/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/krea-wan-14b/text-to-video"
    input_model: ClassVar[type[KreaWan14bTextToVideoInput]] = KreaWan14bTextToVideoInput
    output_model: ClassVar[type[KreaWan14bTextToVideoOutput]] = KreaWan14bTextToVideoOutput
    Input = KreaWan14bTextToVideoInput
    Output = KreaWan14bTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KreaWan14bTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KreaWan14bTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KreaWan14bTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KreaWan14bTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for the video-to-video generation.
            num_frames: Number of frames to generate. Must be a multiple of 12 plus 6, for example
                6, 18, 30, 42, etc. Default: 78. Limits: minimum 18, maximum 162.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            seed: Seed for the video-to-video generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
