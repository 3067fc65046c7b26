# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/tada/3b/text-to-speech` (Tada 3b Text To Speech)."""

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
from fal_models.models.tada_v3b_text_to_speech import (
    Tada3bTextToSpeechInput,
    Tada3bTextToSpeechOutput,
)

__all__ = [
    "Tada3bTextToSpeech",
    "AsyncTada3bTextToSpeech",
    "Tada3bTextToSpeechInput",
    "Tada3bTextToSpeechOutput",
]


class Tada3bTextToSpeech(SyncEndpoint[Tada3bTextToSpeechInput, Tada3bTextToSpeechOutput]):
    """Tada 3b Text To Speech (`fal-ai/tada/3b/text-to-speech`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/tada/3b/text-to-speech/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/tada/3b/text-to-speech"
    input_model: ClassVar[type[Tada3bTextToSpeechInput]] = Tada3bTextToSpeechInput
    output_model: ClassVar[type[Tada3bTextToSpeechOutput]] = Tada3bTextToSpeechOutput
    Input = Tada3bTextToSpeechInput
    Output = Tada3bTextToSpeechOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Tada3bTextToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Tada3bTextToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tada3bTextToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Tada3bTextToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncTada3bTextToSpeech(AsyncEndpoint[Tada3bTextToSpeechInput, Tada3bTextToSpeechOutput]):
    """Tada 3b Text To Speech (`fal-ai/tada/3b/text-to-speech`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/tada/3b/text-to-speech/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/tada/3b/text-to-speech"
    input_model: ClassVar[type[Tada3bTextToSpeechInput]] = Tada3bTextToSpeechInput
    output_model: ClassVar[type[Tada3bTextToSpeechOutput]] = Tada3bTextToSpeechOutput
    Input = Tada3bTextToSpeechInput
    Output = Tada3bTextToSpeechOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Tada3bTextToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Tada3bTextToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Tada3bTextToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        transcript: str | Omit = omit,
        prompt: str,
        language: Literal["en", "ar", "ch", "de", "es", "fr", "it", "ja", "pl", "pt"] | Omit = omit,
        num_extra_steps: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        acoustic_cfg_scale: float | Omit = omit,
        noise_temperature: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        speed_up_factor: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Tada3bTextToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the reference audio file for voice cloning. The model will replicate
                this speaker's voice characteristics. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            transcript: Transcript of the reference audio. For non-English audio, providing a
                transcript is required since the built-in ASR is English-only. Default: "".
            prompt: The text to synthesize into speech using the reference speaker's voice.
            language: Language for text alignment. Use the appropriate code for non-English
                synthesis. Default: "en".
            num_extra_steps: Number of extra autoregressive steps for speech continuation beyond the
                input text. Useful for generating trailing prosody or silence. Default: 0. Limits:
                minimum 0, maximum 50.
            temperature: Sampling temperature for text token generation. Higher values produce more
                varied output. Default: 0.6. Limits: minimum 0, maximum 2.
            top_p: Top-p (nucleus) sampling parameter for text generation. Default: 0.9. Limits:
                minimum 0, maximum 1.
            repetition_penalty: Penalty applied to repeated tokens during generation. Default: 1.1.
                Limits: minimum 1, maximum 2.
            acoustic_cfg_scale: Classifier-free guidance scale for acoustic feature generation.
                Default: 1.6. Limits: minimum 0, maximum 10.
            noise_temperature: Temperature for noise in the flow matching diffusion process.
                Default: 0.9. Limits: minimum 0, maximum 2.
            num_inference_steps: Number of ODE solver steps for flow matching acoustic generation.
                More steps improve quality at the cost of speed. Default: 20. Limits: minimum 1,
                maximum 50.
            speed_up_factor: Factor to speed up or slow down the generated speech. Values > 1.0
                speed up, < 1.0 slow down. Default: 1. Limits: minimum 0.5, maximum 2.
            output_format: The format of the output audio file. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "transcript": transcript,
                "prompt": prompt,
                "language": language,
                "num_extra_steps": num_extra_steps,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
                "acoustic_cfg_scale": acoustic_cfg_scale,
                "noise_temperature": noise_temperature,
                "num_inference_steps": num_inference_steps,
                "speed_up_factor": speed_up_factor,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
