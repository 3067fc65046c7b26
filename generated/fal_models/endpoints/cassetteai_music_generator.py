# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `cassetteai/music-generator` (Cassetteai Music Generator)."""

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
from fal_models.models.cassetteai_music_generator import (
    CassetteaiMusicGeneratorInput,
    CassetteaiMusicGeneratorOutput,
)

__all__ = [
    "CassetteaiMusicGenerator",
    "AsyncCassetteaiMusicGenerator",
    "CassetteaiMusicGeneratorInput",
    "CassetteaiMusicGeneratorOutput",
]


class CassetteaiMusicGenerator(
    SyncEndpoint[CassetteaiMusicGeneratorInput, CassetteaiMusicGeneratorOutput]
):
    """Cassetteai Music Generator (`cassetteai/music-generator`).

    Category: text-to-audio. Docs: https://fal.ai/models/cassetteai/music-generator/api
    """

    endpoint_id: ClassVar[str] = "cassetteai/music-generator"
    input_model: ClassVar[type[CassetteaiMusicGeneratorInput]] = CassetteaiMusicGeneratorInput
    output_model: ClassVar[type[CassetteaiMusicGeneratorOutput]] = CassetteaiMusicGeneratorOutput
    Input = CassetteaiMusicGeneratorInput
    Output = CassetteaiMusicGeneratorOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[SubscribeOptions],
    ) -> CassetteaiMusicGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CassetteaiMusicGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[RunOptions],
    ) -> CassetteaiMusicGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CassetteaiMusicGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncCassetteaiMusicGenerator(
    AsyncEndpoint[CassetteaiMusicGeneratorInput, CassetteaiMusicGeneratorOutput]
):
    """Cassetteai Music Generator (`cassetteai/music-generator`).

    Category: text-to-audio. Docs: https://fal.ai/models/cassetteai/music-generator/api
    """

    endpoint_id: ClassVar[str] = "cassetteai/music-generator"
    input_model: ClassVar[type[CassetteaiMusicGeneratorInput]] = CassetteaiMusicGeneratorInput
    output_model: ClassVar[type[CassetteaiMusicGeneratorOutput]] = CassetteaiMusicGeneratorOutput
    Input = CassetteaiMusicGeneratorInput
    Output = CassetteaiMusicGeneratorOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CassetteaiMusicGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CassetteaiMusicGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[RunOptions],
    ) -> CassetteaiMusicGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CassetteaiMusicGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate music from.
            duration: The duration of the generated music in seconds. Limits: minimum 10, maximum
                180.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
