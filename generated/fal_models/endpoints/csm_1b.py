# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/csm-1b` (Csm 1b)."""

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
from fal_models.models.csm_1b import Csm1bInput, Csm1bOutput, Speaker, Turn

__all__ = ["Csm1b", "AsyncCsm1b", "Csm1bInput", "Csm1bOutput"]


class Csm1b(SyncEndpoint[Csm1bInput, Csm1bOutput]):
    """Csm 1b (`fal-ai/csm-1b`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/csm-1b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/csm-1b"
    input_model: ClassVar[type[Csm1bInput]] = Csm1bInput
    output_model: ClassVar[type[Csm1bOutput]] = Csm1bOutput
    Input = Csm1bInput
    Output = Csm1bOutput

    def subscribe(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Csm1bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Csm1bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Csm1bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Csm1bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return self._stream(payload, options)


class AsyncCsm1b(AsyncEndpoint[Csm1bInput, Csm1bOutput]):
    """Csm 1b (`fal-ai/csm-1b`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/csm-1b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/csm-1b"
    input_model: ClassVar[type[Csm1bInput]] = Csm1bInput
    output_model: ClassVar[type[Csm1bOutput]] = Csm1bOutput
    Input = Csm1bInput
    Output = Csm1bOutput

    async def subscribe(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Csm1bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Csm1bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Csm1bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        scene: list[Turn],
        context: list[Speaker] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Csm1bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            scene: The text to generate an audio from.
            context: The context to generate an audio from.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "scene": scene,
                "context": context,
            }
        )
        return self._stream(payload, options)
