# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `resemble-ai/chatterboxhd/text-to-speech` (Resemble Ai Chatterboxhd Text
To Speech).
"""

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
from fal_models.models.resemble_ai_chatterboxhd_text_to_speech import (
    ResembleAiChatterboxhdTextToSpeechInput,
    ResembleAiChatterboxhdTextToSpeechOutput,
)

__all__ = [
    "ResembleAiChatterboxhdTextToSpeech",
    "AsyncResembleAiChatterboxhdTextToSpeech",
    "ResembleAiChatterboxhdTextToSpeechInput",
    "ResembleAiChatterboxhdTextToSpeechOutput",
]


class ResembleAiChatterboxhdTextToSpeech(
    SyncEndpoint[ResembleAiChatterboxhdTextToSpeechInput, ResembleAiChatterboxhdTextToSpeechOutput]
):
    """Resemble Ai Chatterboxhd Text To Speech (`resemble-ai/chatterboxhd/text-to-speech`).

    Input parameters for the TTS request.

    Category: text-to-speech.
    Docs: https://fal.ai/models/resemble-ai/chatterboxhd/text-to-speech/api
    """

    endpoint_id: ClassVar[str] = "resemble-ai/chatterboxhd/text-to-speech"
    input_model: ClassVar[type[ResembleAiChatterboxhdTextToSpeechInput]] = (
        ResembleAiChatterboxhdTextToSpeechInput
    )
    output_model: ClassVar[type[ResembleAiChatterboxhdTextToSpeechOutput]] = (
        ResembleAiChatterboxhdTextToSpeechOutput
    )
    Input = ResembleAiChatterboxhdTextToSpeechInput
    Output = ResembleAiChatterboxhdTextToSpeechOutput

    def subscribe(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ResembleAiChatterboxhdTextToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ResembleAiChatterboxhdTextToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ResembleAiChatterboxhdTextToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ResembleAiChatterboxhdTextToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return self._stream(payload, options)


class AsyncResembleAiChatterboxhdTextToSpeech(
    AsyncEndpoint[ResembleAiChatterboxhdTextToSpeechInput, ResembleAiChatterboxhdTextToSpeechOutput]
):
    """Resemble Ai Chatterboxhd Text To Speech (`resemble-ai/chatterboxhd/text-to-speech`).

    Input parameters for the TTS request.

    Category: text-to-speech.
    Docs: https://fal.ai/models/resemble-ai/chatterboxhd/text-to-speech/api
    """

    endpoint_id: ClassVar[str] = "resemble-ai/chatterboxhd/text-to-speech"
    input_model: ClassVar[type[ResembleAiChatterboxhdTextToSpeechInput]] = (
        ResembleAiChatterboxhdTextToSpeechInput
    )
    output_model: ClassVar[type[ResembleAiChatterboxhdTextToSpeechOutput]] = (
        ResembleAiChatterboxhdTextToSpeechOutput
    )
    Input = ResembleAiChatterboxhdTextToSpeechInput
    Output = ResembleAiChatterboxhdTextToSpeechOutput

    async def subscribe(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ResembleAiChatterboxhdTextToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ResembleAiChatterboxhdTextToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ResembleAiChatterboxhdTextToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str | Omit = omit,
        voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        audio_url: FileInput | Omit = omit,
        exaggeration: float | Omit = omit,
        cfg: float | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        seed: int | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ResembleAiChatterboxhdTextToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: Text to synthesize into speech. Default: "My name is Maximus Decimus Meridius,
                commander of the Armies of the North, General of the Felix Legions and loyal servant
                to the true emperor, Marcus Aurelius. Father to a murdered son, husband to a
                murdered wife. And I will have my vengeance, in this life or the next.".
            voice: The voice to use for the TTS request. If neither voice nor audio are provided, a
                random voice will be used.
            audio_url: URL to the audio sample to use as a voice prompt for zero-shot TTS voice
                cloning. Providing a audio sample will override the voice setting. If neither voice
                nor audio_url are provided, a random voice will be used. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            exaggeration: Controls emotion exaggeration. Range typically 0.25 to 2.0. Default: 0.5.
                Limits: minimum 0.25, maximum 2.
            cfg: Classifier-free guidance scale (CFG) controls the conditioning factor. Range
                typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values (e.g.
                ~0.3) and increase exaggeration to around 0.7 or higher. If the reference speaker
                has a fast speaking style, lowering cfg to around 0.3 can improve pacing. Default:
                0.5. Limits: minimum 0, maximum 1.
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            seed: Useful to control the reproducibility of the generated audio. Assuming all other
                properties didn't change, a fixed seed should always generate the exact same audio
                file. Set to 0 for random seed. Default: 0. Limits: minimum 0.
            temperature: Controls the randomness of generation. Range typically 0.05 to 5. Default:
                0.8. Limits: minimum 0.05, maximum 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "audio_url": audio_url,
                "exaggeration": exaggeration,
                "cfg": cfg,
                "high_quality_audio": high_quality_audio,
                "seed": seed,
                "temperature": temperature,
            }
        )
        return self._stream(payload, options)
