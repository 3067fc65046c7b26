# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v2` (Ideogram V2)."""

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
from fal_models.models.ideogram_v2 import IdeogramV2Input, IdeogramV2Output

__all__ = ["IdeogramV2", "AsyncIdeogramV2", "IdeogramV2Input", "IdeogramV2Output"]


class IdeogramV2(SyncEndpoint[IdeogramV2Input, IdeogramV2Output]):
    """Ideogram V2 (`fal-ai/ideogram/v2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v2"
    input_model: ClassVar[type[IdeogramV2Input]] = IdeogramV2Input
    output_model: ClassVar[type[IdeogramV2Output]] = IdeogramV2Output
    Input = IdeogramV2Input
    Output = IdeogramV2Output

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
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV2Output:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
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
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV2Output]:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
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
        negative_prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV2Output:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
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
        negative_prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV2Output]:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV2(AsyncEndpoint[IdeogramV2Input, IdeogramV2Output]):
    """Ideogram V2 (`fal-ai/ideogram/v2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v2"
    input_model: ClassVar[type[IdeogramV2Input]] = IdeogramV2Input
    output_model: ClassVar[type[IdeogramV2Output]] = IdeogramV2Output
    Input = IdeogramV2Input
    Output = IdeogramV2Output

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
        negative_prompt: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV2Output:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
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
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV2Output]:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
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
        negative_prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV2Output:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
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
        negative_prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV2Output]:
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
            negative_prompt: A negative prompt to avoid in the generated image. Default: "".
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
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)
