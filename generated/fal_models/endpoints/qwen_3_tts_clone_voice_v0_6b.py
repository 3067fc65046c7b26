# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-3-tts/clone-voice/0.6b` (Qwen 3 Tts Clone Voice 0.6b)."""

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
from fal_models._uploads import FileInput
from fal_models.models.qwen_3_tts_clone_voice_v0_6b import (
    Qwen3TtsCloneVoice0_6bInput,
    Qwen3TtsCloneVoice0_6bOutput,
)

__all__ = [
    "Qwen3TtsCloneVoice0_6b",
    "AsyncQwen3TtsCloneVoice0_6b",
    "Qwen3TtsCloneVoice0_6bInput",
    "Qwen3TtsCloneVoice0_6bOutput",
]


class Qwen3TtsCloneVoice0_6b(
    SyncEndpoint[Qwen3TtsCloneVoice0_6bInput, Qwen3TtsCloneVoice0_6bOutput]
):
    """Qwen 3 Tts Clone Voice 0.6b (`fal-ai/qwen-3-tts/clone-voice/0.6b`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/qwen-3-tts/clone-voice/0.6b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-tts/clone-voice/0.6b"
    input_model: ClassVar[type[Qwen3TtsCloneVoice0_6bInput]] = Qwen3TtsCloneVoice0_6bInput
    output_model: ClassVar[type[Qwen3TtsCloneVoice0_6bOutput]] = Qwen3TtsCloneVoice0_6bOutput
    Input = Qwen3TtsCloneVoice0_6bInput
    Output = Qwen3TtsCloneVoice0_6bOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Qwen3TtsCloneVoice0_6bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Qwen3TtsCloneVoice0_6bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Qwen3TtsCloneVoice0_6bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Qwen3TtsCloneVoice0_6bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return self._stream(payload, options)


class AsyncQwen3TtsCloneVoice0_6b(
    AsyncEndpoint[Qwen3TtsCloneVoice0_6bInput, Qwen3TtsCloneVoice0_6bOutput]
):
    """Qwen 3 Tts Clone Voice 0.6b (`fal-ai/qwen-3-tts/clone-voice/0.6b`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/qwen-3-tts/clone-voice/0.6b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-tts/clone-voice/0.6b"
    input_model: ClassVar[type[Qwen3TtsCloneVoice0_6bInput]] = Qwen3TtsCloneVoice0_6bInput
    output_model: ClassVar[type[Qwen3TtsCloneVoice0_6bOutput]] = Qwen3TtsCloneVoice0_6bOutput
    Input = Qwen3TtsCloneVoice0_6bInput
    Output = Qwen3TtsCloneVoice0_6bOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Qwen3TtsCloneVoice0_6bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Qwen3TtsCloneVoice0_6bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Qwen3TtsCloneVoice0_6bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        reference_text: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Qwen3TtsCloneVoice0_6bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL to the reference audio file used for voice cloning. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_text: Optional reference text that was used when creating the speaker
                embedding. Providing this can improve synthesis quality when using a cloned voice.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "reference_text": reference_text,
            }
        )
        return self._stream(payload, options)
