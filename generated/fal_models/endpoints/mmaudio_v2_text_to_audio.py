# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/mmaudio-v2/text-to-audio` (Mmaudio V2 Text To Audio)."""

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
from fal_models.models.mmaudio_v2_text_to_audio import (
    MmaudioV2TextToAudioInput,
    MmaudioV2TextToAudioOutput,
)

__all__ = [
    "MmaudioV2TextToAudio",
    "AsyncMmaudioV2TextToAudio",
    "MmaudioV2TextToAudioInput",
    "MmaudioV2TextToAudioOutput",
]


class MmaudioV2TextToAudio(SyncEndpoint[MmaudioV2TextToAudioInput, MmaudioV2TextToAudioOutput]):
    """Mmaudio V2 Text To Audio (`fal-ai/mmaudio-v2/text-to-audio`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/mmaudio-v2/text-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mmaudio-v2/text-to-audio"
    input_model: ClassVar[type[MmaudioV2TextToAudioInput]] = MmaudioV2TextToAudioInput
    output_model: ClassVar[type[MmaudioV2TextToAudioOutput]] = MmaudioV2TextToAudioOutput
    Input = MmaudioV2TextToAudioInput
    Output = MmaudioV2TextToAudioOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MmaudioV2TextToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MmaudioV2TextToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MmaudioV2TextToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MmaudioV2TextToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._stream(payload, options)


class AsyncMmaudioV2TextToAudio(
    AsyncEndpoint[MmaudioV2TextToAudioInput, MmaudioV2TextToAudioOutput]
):
    """Mmaudio V2 Text To Audio (`fal-ai/mmaudio-v2/text-to-audio`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/mmaudio-v2/text-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mmaudio-v2/text-to-audio"
    input_model: ClassVar[type[MmaudioV2TextToAudioInput]] = MmaudioV2TextToAudioInput
    output_model: ClassVar[type[MmaudioV2TextToAudioOutput]] = MmaudioV2TextToAudioOutput
    Input = MmaudioV2TextToAudioInput
    Output = MmaudioV2TextToAudioOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MmaudioV2TextToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MmaudioV2TextToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MmaudioV2TextToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MmaudioV2TextToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._stream(payload, options)
