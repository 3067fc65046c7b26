# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `resemble-ai/chatterboxhd/speech-to-speech` (Resemble Ai Chatterboxhd
Speech To Speech).
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
from fal_models.models.resemble_ai_chatterboxhd_speech_to_speech import (
    ResembleAiChatterboxhdSpeechToSpeechInput,
    ResembleAiChatterboxhdSpeechToSpeechOutput,
)

__all__ = [
    "ResembleAiChatterboxhdSpeechToSpeech",
    "AsyncResembleAiChatterboxhdSpeechToSpeech",
    "ResembleAiChatterboxhdSpeechToSpeechInput",
    "ResembleAiChatterboxhdSpeechToSpeechOutput",
]


class ResembleAiChatterboxhdSpeechToSpeech(
    SyncEndpoint[
        ResembleAiChatterboxhdSpeechToSpeechInput, ResembleAiChatterboxhdSpeechToSpeechOutput
    ]
):
    """Resemble Ai Chatterboxhd Speech To Speech (`resemble-ai/chatterboxhd/speech-to-speech`).

    Input parameters for the speech-to-speech request.

    Category: speech-to-speech.
    Docs: https://fal.ai/models/resemble-ai/chatterboxhd/speech-to-speech/api
    """

    endpoint_id: ClassVar[str] = "resemble-ai/chatterboxhd/speech-to-speech"
    input_model: ClassVar[type[ResembleAiChatterboxhdSpeechToSpeechInput]] = (
        ResembleAiChatterboxhdSpeechToSpeechInput
    )
    output_model: ClassVar[type[ResembleAiChatterboxhdSpeechToSpeechOutput]] = (
        ResembleAiChatterboxhdSpeechToSpeechOutput
    )
    Input = ResembleAiChatterboxhdSpeechToSpeechInput
    Output = ResembleAiChatterboxhdSpeechToSpeechOutput

    def subscribe(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ResembleAiChatterboxhdSpeechToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ResembleAiChatterboxhdSpeechToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ResembleAiChatterboxhdSpeechToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ResembleAiChatterboxhdSpeechToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return self._stream(payload, options)


class AsyncResembleAiChatterboxhdSpeechToSpeech(
    AsyncEndpoint[
        ResembleAiChatterboxhdSpeechToSpeechInput, ResembleAiChatterboxhdSpeechToSpeechOutput
    ]
):
    """Resemble Ai Chatterboxhd Speech To Speech (`resemble-ai/chatterboxhd/speech-to-speech`).

    Input parameters for the speech-to-speech request.

    Category: speech-to-speech.
    Docs: https://fal.ai/models/resemble-ai/chatterboxhd/speech-to-speech/api
    """

    endpoint_id: ClassVar[str] = "resemble-ai/chatterboxhd/speech-to-speech"
    input_model: ClassVar[type[ResembleAiChatterboxhdSpeechToSpeechInput]] = (
        ResembleAiChatterboxhdSpeechToSpeechInput
    )
    output_model: ClassVar[type[ResembleAiChatterboxhdSpeechToSpeechOutput]] = (
        ResembleAiChatterboxhdSpeechToSpeechOutput
    )
    Input = ResembleAiChatterboxhdSpeechToSpeechInput
    Output = ResembleAiChatterboxhdSpeechToSpeechOutput

    async def subscribe(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ResembleAiChatterboxhdSpeechToSpeechOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ResembleAiChatterboxhdSpeechToSpeechOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ResembleAiChatterboxhdSpeechToSpeechOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        source_audio_url: FileInput,
        target_voice: Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | Omit = omit,
        target_voice_audio_url: FileInput | Omit = omit,
        high_quality_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ResembleAiChatterboxhdSpeechToSpeechOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            source_audio_url: URL to the source audio file to be voice-converted. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            target_voice: The voice to use for the speech-to-speech request. If neither target_voice
                nor target_voice_audio_url are provided, a random target voice will be used.
            target_voice_audio_url: URL to the audio file which represents the voice of the output
                audio. If provided, this will override the target_voice setting. If neither
                target_voice nor target_voice_audio_url are provided, the default target voice will
                be used. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            high_quality_audio: If True, the generated audio will be upscaled to 48kHz. The
                generation of the audio will take longer, but the quality will be higher. If False,
                the generated audio will be 24kHz. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "source_audio_url": source_audio_url,
                "target_voice": target_voice,
                "target_voice_audio_url": target_voice_audio_url,
                "high_quality_audio": high_quality_audio,
            }
        )
        return self._stream(payload, options)
