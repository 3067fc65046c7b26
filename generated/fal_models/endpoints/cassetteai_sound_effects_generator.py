# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `cassetteai/sound-effects-generator` (Cassetteai Sound Effects Generator)."""

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
from fal_models.models.cassetteai_sound_effects_generator import (
    CassetteaiSoundEffectsGeneratorInput,
    CassetteaiSoundEffectsGeneratorOutput,
)

__all__ = [
    "CassetteaiSoundEffectsGenerator",
    "AsyncCassetteaiSoundEffectsGenerator",
    "CassetteaiSoundEffectsGeneratorInput",
    "CassetteaiSoundEffectsGeneratorOutput",
]


class CassetteaiSoundEffectsGenerator(
    SyncEndpoint[CassetteaiSoundEffectsGeneratorInput, CassetteaiSoundEffectsGeneratorOutput]
):
    """Cassetteai Sound Effects Generator (`cassetteai/sound-effects-generator`).

    Category: text-to-audio. Docs: https://fal.ai/models/cassetteai/sound-effects-generator/api
    """

    endpoint_id: ClassVar[str] = "cassetteai/sound-effects-generator"
    input_model: ClassVar[type[CassetteaiSoundEffectsGeneratorInput]] = (
        CassetteaiSoundEffectsGeneratorInput
    )
    output_model: ClassVar[type[CassetteaiSoundEffectsGeneratorOutput]] = (
        CassetteaiSoundEffectsGeneratorOutput
    )
    Input = CassetteaiSoundEffectsGeneratorInput
    Output = CassetteaiSoundEffectsGeneratorOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[SubscribeOptions],
    ) -> CassetteaiSoundEffectsGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
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
    ) -> RequestHandle[CassetteaiSoundEffectsGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
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
    ) -> CassetteaiSoundEffectsGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
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
    ) -> EndpointStream[CassetteaiSoundEffectsGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncCassetteaiSoundEffectsGenerator(
    AsyncEndpoint[CassetteaiSoundEffectsGeneratorInput, CassetteaiSoundEffectsGeneratorOutput]
):
    """Cassetteai Sound Effects Generator (`cassetteai/sound-effects-generator`).

    Category: text-to-audio. Docs: https://fal.ai/models/cassetteai/sound-effects-generator/api
    """

    endpoint_id: ClassVar[str] = "cassetteai/sound-effects-generator"
    input_model: ClassVar[type[CassetteaiSoundEffectsGeneratorInput]] = (
        CassetteaiSoundEffectsGeneratorInput
    )
    output_model: ClassVar[type[CassetteaiSoundEffectsGeneratorOutput]] = (
        CassetteaiSoundEffectsGeneratorOutput
    )
    Input = CassetteaiSoundEffectsGeneratorInput
    Output = CassetteaiSoundEffectsGeneratorOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: int,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CassetteaiSoundEffectsGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
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
    ) -> AsyncRequestHandle[CassetteaiSoundEffectsGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
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
    ) -> CassetteaiSoundEffectsGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
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
    ) -> AsyncEndpointStream[CassetteaiSoundEffectsGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate SFX.
            duration: The duration of the generated SFX in seconds. Limits: minimum 1, maximum 30.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
