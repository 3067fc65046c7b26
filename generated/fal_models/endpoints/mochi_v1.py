# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/mochi-v1` (Mochi V1)."""

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
from fal_models.models.mochi_v1 import MochiV1Input, MochiV1Output

__all__ = ["MochiV1", "AsyncMochiV1", "MochiV1Input", "MochiV1Output"]


class MochiV1(SyncEndpoint[MochiV1Input, MochiV1Output]):
    """Mochi V1 (`fal-ai/mochi-v1`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/mochi-v1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mochi-v1"
    input_model: ClassVar[type[MochiV1Input]] = MochiV1Input
    output_model: ClassVar[type[MochiV1Output]] = MochiV1Output
    Input = MochiV1Input
    Output = MochiV1Output

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MochiV1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MochiV1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MochiV1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MochiV1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncMochiV1(AsyncEndpoint[MochiV1Input, MochiV1Output]):
    """Mochi V1 (`fal-ai/mochi-v1`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/mochi-v1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mochi-v1"
    input_model: ClassVar[type[MochiV1Input]] = MochiV1Input
    output_model: ClassVar[type[MochiV1Output]] = MochiV1Output
    Input = MochiV1Input
    Output = MochiV1Output

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MochiV1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MochiV1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MochiV1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MochiV1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            negative_prompt: The negative prompt for the video. Default: "".
            seed: The seed to use for generating the video.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)
