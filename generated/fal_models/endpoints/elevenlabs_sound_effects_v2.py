# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/sound-effects/v2` (Elevenlabs Sound Effects V2)."""

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
from fal_models.models.elevenlabs_sound_effects_v2 import (
    ElevenlabsSoundEffectsV2Input,
    ElevenlabsSoundEffectsV2Output,
)

__all__ = [
    "ElevenlabsSoundEffectsV2",
    "AsyncElevenlabsSoundEffectsV2",
    "ElevenlabsSoundEffectsV2Input",
    "ElevenlabsSoundEffectsV2Output",
]


class ElevenlabsSoundEffectsV2(
    SyncEndpoint[ElevenlabsSoundEffectsV2Input, ElevenlabsSoundEffectsV2Output]
):
    """Elevenlabs Sound Effects V2 (`fal-ai/elevenlabs/sound-effects/v2`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/sound-effects/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/sound-effects/v2"
    input_model: ClassVar[type[ElevenlabsSoundEffectsV2Input]] = ElevenlabsSoundEffectsV2Input
    output_model: ClassVar[type[ElevenlabsSoundEffectsV2Output]] = ElevenlabsSoundEffectsV2Output
    Input = ElevenlabsSoundEffectsV2Input
    Output = ElevenlabsSoundEffectsV2Output

    def subscribe(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsSoundEffectsV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsSoundEffectsV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsSoundEffectsV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsSoundEffectsV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsSoundEffectsV2(
    AsyncEndpoint[ElevenlabsSoundEffectsV2Input, ElevenlabsSoundEffectsV2Output]
):
    """Elevenlabs Sound Effects V2 (`fal-ai/elevenlabs/sound-effects/v2`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/sound-effects/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/sound-effects/v2"
    input_model: ClassVar[type[ElevenlabsSoundEffectsV2Input]] = ElevenlabsSoundEffectsV2Input
    output_model: ClassVar[type[ElevenlabsSoundEffectsV2Output]] = ElevenlabsSoundEffectsV2Output
    Input = ElevenlabsSoundEffectsV2Input
    Output = ElevenlabsSoundEffectsV2Output

    async def subscribe(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsSoundEffectsV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsSoundEffectsV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsSoundEffectsV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        duration_seconds: float | None | Omit = omit,
        prompt_influence: float | Omit = omit,
        output_format: Literal[
            "mp3_22050_32",
            "mp3_44100_32",
            "mp3_44100_64",
            "mp3_44100_96",
            "mp3_44100_128",
            "mp3_44100_192",
            "pcm_8000",
            "pcm_16000",
            "pcm_22050",
            "pcm_24000",
            "pcm_44100",
            "pcm_48000",
            "ulaw_8000",
            "alaw_8000",
            "opus_48000_32",
            "opus_48000_64",
            "opus_48000_96",
            "opus_48000_128",
            "opus_48000_192",
        ]
        | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsSoundEffectsV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text describing the sound effect to generate.
            duration_seconds: Duration in seconds (0.5-22). If None, optimal duration will be
                determined from prompt. Limits: minimum 0.5, maximum 22.
            prompt_influence: How closely to follow the prompt (0-1). Higher values mean less
                variation. Default: 0.3. Limits: minimum 0, maximum 1.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            loop: Whether to create a sound effect that loops smoothly. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "duration_seconds": duration_seconds,
                "prompt_influence": prompt_influence,
                "output_format": output_format,
                "loop": loop,
            }
        )
        return self._stream(payload, options)
