# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vibevoice` (Vibevoice)."""

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
from fal_models.models.vibevoice import VibevoiceInput, VibevoiceOutput, VibeVoiceSpeaker

__all__ = ["Vibevoice", "AsyncVibevoice", "VibevoiceInput", "VibevoiceOutput"]


class Vibevoice(SyncEndpoint[VibevoiceInput, VibevoiceOutput]):
    """Vibevoice (`fal-ai/vibevoice`).

    Input schema for VibeVoice TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/vibevoice/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vibevoice"
    input_model: ClassVar[type[VibevoiceInput]] = VibevoiceInput
    output_model: ClassVar[type[VibevoiceOutput]] = VibevoiceOutput
    Input = VibevoiceInput
    Output = VibevoiceOutput

    def subscribe(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VibevoiceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VibevoiceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VibevoiceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VibevoiceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)


class AsyncVibevoice(AsyncEndpoint[VibevoiceInput, VibevoiceOutput]):
    """Vibevoice (`fal-ai/vibevoice`).

    Input schema for VibeVoice TTS generation

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/vibevoice/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vibevoice"
    input_model: ClassVar[type[VibevoiceInput]] = VibevoiceInput
    output_model: ClassVar[type[VibevoiceOutput]] = VibevoiceOutput
    Input = VibevoiceInput
    Output = VibevoiceOutput

    async def subscribe(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VibevoiceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VibevoiceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VibevoiceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        script: str,
        speakers: list[VibeVoiceSpeaker],
        seed: int | None | Omit = omit,
        cfg_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VibevoiceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            script: The script to convert to speech. Can be formatted with 'Speaker X:' prefixes for
                multi-speaker dialogues. Limits: max length 90000.
            speakers: List of speakers to use for the script. If not provided, will be inferred from
                the script or voice samples.
            seed: Random seed for reproducible generation.
            cfg_scale: CFG (Classifier-Free Guidance) scale for generation. Higher values increase
                adherence to text. Default: 1.3. Limits: minimum 1, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "script": script,
                "speakers": speakers,
                "seed": seed,
                "cfg_scale": cfg_scale,
            }
        )
        return self._stream(payload, options)
