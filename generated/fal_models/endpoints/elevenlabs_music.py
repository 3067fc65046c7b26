# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/music` (Elevenlabs Music)."""

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
from fal_models.models.elevenlabs_music import (
    ElevenlabsMusicInput,
    ElevenlabsMusicOutput,
    MusicCompositionPlan,
)

__all__ = [
    "ElevenlabsMusic",
    "AsyncElevenlabsMusic",
    "ElevenlabsMusicInput",
    "ElevenlabsMusicOutput",
]


class ElevenlabsMusic(SyncEndpoint[ElevenlabsMusicInput, ElevenlabsMusicOutput]):
    """Elevenlabs Music (`fal-ai/elevenlabs/music`).

    Request format for Elevenlabs Music API

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/music/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/music"
    input_model: ClassVar[type[ElevenlabsMusicInput]] = ElevenlabsMusicInput
    output_model: ClassVar[type[ElevenlabsMusicOutput]] = ElevenlabsMusicOutput
    Input = ElevenlabsMusicInput
    Output = ElevenlabsMusicOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> ElevenlabsMusicOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> RequestHandle[ElevenlabsMusicOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> ElevenlabsMusicOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> EndpointStream[ElevenlabsMusicOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsMusic(AsyncEndpoint[ElevenlabsMusicInput, ElevenlabsMusicOutput]):
    """Elevenlabs Music (`fal-ai/elevenlabs/music`).

    Request format for Elevenlabs Music API

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/music/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/music"
    input_model: ClassVar[type[ElevenlabsMusicInput]] = ElevenlabsMusicInput
    output_model: ClassVar[type[ElevenlabsMusicOutput]] = ElevenlabsMusicOutput
    Input = ElevenlabsMusicInput
    Output = ElevenlabsMusicOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> ElevenlabsMusicOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> AsyncRequestHandle[ElevenlabsMusicOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> ElevenlabsMusicOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        composition_plan: MusicCompositionPlan | None | Omit = omit,
        music_length_ms: int | None | Omit = omit,
        force_instrumental: bool | Omit = omit,
        respect_sections_durations: bool | Omit = omit,
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
    ) -> AsyncEndpointStream[ElevenlabsMusicOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the music to generate.
            composition_plan: The composition plan for the music.
            music_length_ms: The length of the song to generate in milliseconds. Used only in
                conjunction with prompt. Must be between 3000ms and 600000ms. Optional - if not
                provided, the model will choose a length based on the prompt. Limits: minimum 3000,
                maximum 600000.
            force_instrumental: If true, guarantees that the generated song will be instrumental. If
                false, the song may or may not be instrumental depending on the prompt. Can only be
                used with prompt. Default: false.
            respect_sections_durations: Controls how strictly section durations in the
                composition_plan are enforced. It will only have an effect if it is used with
                composition_plan. When set to true, the model will precisely respect each section's
                duration_ms from the plan. When set to false, the model may adjust individual
                section durations which will generally lead to better generation quality and
                improved latency, while always preserving the total song duration from the plan.
                Default: true.
            output_format: Output format of the generated audio. Formatted as
                codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at 32kbs is
                represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed
                to Creator tier or above. PCM with 44.1kHz sample rate requires you to be subscribed
                to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Default:
                "mp3_44100_128".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "composition_plan": composition_plan,
                "music_length_ms": music_length_ms,
                "force_instrumental": force_instrumental,
                "respect_sections_durations": respect_sections_durations,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
