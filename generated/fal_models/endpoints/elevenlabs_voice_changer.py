# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/voice-changer` (Elevenlabs Voice Changer)."""

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
from fal_models._uploads import FileInput
from fal_models.models.elevenlabs_voice_changer import (
    ElevenlabsVoiceChangerInput,
    ElevenlabsVoiceChangerOutput,
)

__all__ = [
    "ElevenlabsVoiceChanger",
    "AsyncElevenlabsVoiceChanger",
    "ElevenlabsVoiceChangerInput",
    "ElevenlabsVoiceChangerOutput",
]


class ElevenlabsVoiceChanger(
    SyncEndpoint[ElevenlabsVoiceChangerInput, ElevenlabsVoiceChangerOutput]
):
    """Elevenlabs Voice Changer (`fal-ai/elevenlabs/voice-changer`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/voice-changer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/voice-changer"
    input_model: ClassVar[type[ElevenlabsVoiceChangerInput]] = ElevenlabsVoiceChangerInput
    output_model: ClassVar[type[ElevenlabsVoiceChangerOutput]] = ElevenlabsVoiceChangerOutput
    Input = ElevenlabsVoiceChangerInput
    Output = ElevenlabsVoiceChangerOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsVoiceChangerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsVoiceChangerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[RunOptions],
    ) -> ElevenlabsVoiceChangerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsVoiceChangerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsVoiceChanger(
    AsyncEndpoint[ElevenlabsVoiceChangerInput, ElevenlabsVoiceChangerOutput]
):
    """Elevenlabs Voice Changer (`fal-ai/elevenlabs/voice-changer`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/voice-changer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/voice-changer"
    input_model: ClassVar[type[ElevenlabsVoiceChangerInput]] = ElevenlabsVoiceChangerInput
    output_model: ClassVar[type[ElevenlabsVoiceChangerOutput]] = ElevenlabsVoiceChangerOutput
    Input = ElevenlabsVoiceChangerInput
    Output = ElevenlabsVoiceChangerOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsVoiceChangerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsVoiceChangerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[RunOptions],
    ) -> ElevenlabsVoiceChangerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        voice: str | Omit = omit,
        remove_background_noise: bool | Omit = omit,
        seed: int | Omit = omit,
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsVoiceChangerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: The input audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            voice: The voice to use for speech generation. Default: "Rachel".
            remove_background_noise: If set, will remove the background noise from your audio input
                using our audio isolation model. Default: false.
            seed: Random seed for reproducibility.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. Default: "mp3_44100_128".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "voice": voice,
                "remove_background_noise": remove_background_noise,
                "seed": seed,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
