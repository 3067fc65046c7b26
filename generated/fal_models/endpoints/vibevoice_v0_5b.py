# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vibevoice/0.5b` (Vibevoice 0.5b)."""

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
from fal_models.models.vibevoice_v0_5b import Vibevoice0_5bInput, Vibevoice0_5bOutput

__all__ = ["Vibevoice0_5b", "AsyncVibevoice0_5b", "Vibevoice0_5bInput", "Vibevoice0_5bOutput"]


class Vibevoice0_5b(SyncEndpoint[Vibevoice0_5bInput, Vibevoice0_5bOutput]):
    """Vibevoice 0.5b (`fal-ai/vibevoice/0.5b`).

    Input schema for VibeVoice-0.5b TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/vibevoice/0.5b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vibevoice/0.5b"
    input_model: ClassVar[type[Vibevoice0_5bInput]] = Vibevoice0_5bInput
    output_model: ClassVar[type[Vibevoice0_5bOutput]] = Vibevoice0_5bOutput
    Input = Vibevoice0_5bInput
    Output = Vibevoice0_5bOutput

    def subscribe(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Vibevoice0_5bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Vibevoice0_5bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Vibevoice0_5bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Vibevoice0_5bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncVibevoice0_5b(AsyncEndpoint[Vibevoice0_5bInput, Vibevoice0_5bOutput]):
    """Vibevoice 0.5b (`fal-ai/vibevoice/0.5b`).

    Input schema for VibeVoice-0.5b TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/vibevoice/0.5b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vibevoice/0.5b"
    input_model: ClassVar[type[Vibevoice0_5bInput]] = Vibevoice0_5bInput
    output_model: ClassVar[type[Vibevoice0_5bOutput]] = Vibevoice0_5bOutput
    Input = Vibevoice0_5bInput
    Output = Vibevoice0_5bOutput

    async def subscribe(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Vibevoice0_5bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Vibevoice0_5bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Vibevoice0_5bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        script: str,
        speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Vibevoice0_5bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            script: The script to convert to speech. Limits: max length 90000.
            speaker: Voice to use for speaking.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speaker": speaker,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)
