# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v2a/turbo` (Ideogram V2a Turbo)."""

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
from fal_models.models.ideogram_v2a_turbo import IdeogramV2aTurboInput, IdeogramV2aTurboOutput

__all__ = [
    "IdeogramV2aTurbo",
    "AsyncIdeogramV2aTurbo",
    "IdeogramV2aTurboInput",
    "IdeogramV2aTurboOutput",
]


class IdeogramV2aTurbo(SyncEndpoint[IdeogramV2aTurboInput, IdeogramV2aTurboOutput]):
    """Ideogram V2a Turbo (`fal-ai/ideogram/v2a/turbo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v2a/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v2a/turbo"
    input_model: ClassVar[type[IdeogramV2aTurboInput]] = IdeogramV2aTurboInput
    output_model: ClassVar[type[IdeogramV2aTurboOutput]] = IdeogramV2aTurboOutput
    Input = IdeogramV2aTurboInput
    Output = IdeogramV2aTurboOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV2aTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV2aTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV2aTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV2aTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV2aTurbo(AsyncEndpoint[IdeogramV2aTurboInput, IdeogramV2aTurboOutput]):
    """Ideogram V2a Turbo (`fal-ai/ideogram/v2a/turbo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v2a/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v2a/turbo"
    input_model: ClassVar[type[IdeogramV2aTurboInput]] = IdeogramV2aTurboInput
    output_model: ClassVar[type[IdeogramV2aTurboOutput]] = IdeogramV2aTurboOutput
    Input = IdeogramV2aTurboInput
    Output = IdeogramV2aTurboOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV2aTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV2aTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV2aTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "10:16", "16:10", "9:16", "16:9", "4:3", "3:4", "1:1", "1:3", "3:1", "3:2", "2:3"
        ]
        | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        style: Literal["auto", "general", "realistic", "design", "render_3D", "anime"]
        | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV2aTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            style: The style of the generated image. Default: "auto".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "style": style,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
