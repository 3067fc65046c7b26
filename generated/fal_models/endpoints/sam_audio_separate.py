# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-audio/separate` (Sam Audio Separate)."""

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
from fal_models.models.sam_audio_separate import SamAudioSeparateInput, SamAudioSeparateOutput

__all__ = [
    "SamAudioSeparate",
    "AsyncSamAudioSeparate",
    "SamAudioSeparateInput",
    "SamAudioSeparateOutput",
]


class SamAudioSeparate(SyncEndpoint[SamAudioSeparateInput, SamAudioSeparateOutput]):
    """Sam Audio Separate (`fal-ai/sam-audio/separate`).

    Input for text-based audio separation.

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/sam-audio/separate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-audio/separate"
    input_model: ClassVar[type[SamAudioSeparateInput]] = SamAudioSeparateInput
    output_model: ClassVar[type[SamAudioSeparateOutput]] = SamAudioSeparateOutput
    Input = SamAudioSeparateInput
    Output = SamAudioSeparateOutput

    def subscribe(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SamAudioSeparateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SamAudioSeparateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SamAudioSeparateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SamAudioSeparateOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncSamAudioSeparate(AsyncEndpoint[SamAudioSeparateInput, SamAudioSeparateOutput]):
    """Sam Audio Separate (`fal-ai/sam-audio/separate`).

    Input for text-based audio separation.

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/sam-audio/separate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-audio/separate"
    input_model: ClassVar[type[SamAudioSeparateInput]] = SamAudioSeparateInput
    output_model: ClassVar[type[SamAudioSeparateOutput]] = SamAudioSeparateOutput
    Input = SamAudioSeparateInput
    Output = SamAudioSeparateOutput

    async def subscribe(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SamAudioSeparateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SamAudioSeparateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SamAudioSeparateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        audio_url: FileInput,
        prompt: str,
        predict_spans: bool | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SamAudioSeparateOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            audio_url: URL of the audio file to process (WAV, MP3, FLAC supported). Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the sound to isolate.
            predict_spans: Automatically predict temporal spans where the target sound occurs.
                Default: false.
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 7.
            acceleration: The acceleration level to use. Default: "balanced".
            max_chunk_duration: Maximum audio duration (in seconds) to process in a single pass.
                Longer audio will be chunked with overlap and blended. Default: 60. Limits: minimum
                10, maximum 60.
            chunk_overlap: Overlap duration (in seconds) between chunks for crossfade blending.
                Default: 5. Limits: minimum 0, maximum 30.
            output_format: Output audio format. Default: "wav".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "audio_url": audio_url,
                "prompt": prompt,
                "predict_spans": predict_spans,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
