# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/personaplex` (Personaplex)."""

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
from fal_models.models.personaplex import PersonaplexInput, PersonaplexOutput

__all__ = ["Personaplex", "AsyncPersonaplex", "PersonaplexInput", "PersonaplexOutput"]


class Personaplex(SyncEndpoint[PersonaplexInput, PersonaplexOutput]):
    """Personaplex (`fal-ai/personaplex`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/personaplex/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/personaplex"
    input_model: ClassVar[type[PersonaplexInput]] = PersonaplexInput
    output_model: ClassVar[type[PersonaplexOutput]] = PersonaplexOutput
    Input = PersonaplexInput
    Output = PersonaplexOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> PersonaplexOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PersonaplexOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PersonaplexOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PersonaplexOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncPersonaplex(AsyncEndpoint[PersonaplexInput, PersonaplexOutput]):
    """Personaplex (`fal-ai/personaplex`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/personaplex/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/personaplex"
    input_model: ClassVar[type[PersonaplexInput]] = PersonaplexInput
    output_model: ClassVar[type[PersonaplexOutput]] = PersonaplexOutput
    Input = PersonaplexInput
    Output = PersonaplexOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PersonaplexOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PersonaplexOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PersonaplexOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ]
        | Omit = omit,
        voice_audio_url: FileInput | None | Omit = omit,
        temperature_audio: float | Omit = omit,
        temperature_text: float | Omit = omit,
        top_k_audio: int | Omit = omit,
        top_k_text: int | Omit = omit,
        seed: int | None | Omit = omit,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PersonaplexOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the AI persona and conversation context. Default: "You
                are a wise and friendly teacher. Answer questions or provide advice in a clear and
                engaging way.".
            voice: Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male.
                Ignored when voice_audio_url is provided. Default: "NATF2".
            voice_audio_url: URL to a voice sample audio for on-the-fly voice cloning. When
                provided, the AI responds in the cloned voice instead of the preset 'voice'. 10+
                seconds of clear speech recommended. Billed at 2x rate. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            temperature_audio: Audio sampling temperature. Higher values produce more diverse
                outputs. Default: 0.8. Limits: minimum 0, maximum 2.
            temperature_text: Text sampling temperature. Higher values produce more diverse outputs.
                Default: 0.7. Limits: minimum 0, maximum 2.
            top_k_audio: Top-K sampling for audio tokens. Default: 250. Limits: minimum 1, maximum
                2048.
            top_k_text: Top-K sampling for text tokens. Default: 25. Limits: minimum 1, maximum
                1000.
            seed: Random seed for reproducibility.
            audio_url: URL to the input audio file (user's speech). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "voice_audio_url": voice_audio_url,
                "temperature_audio": temperature_audio,
                "temperature_text": temperature_text,
                "top_k_audio": top_k_audio,
                "top_k_text": top_k_text,
                "seed": seed,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
