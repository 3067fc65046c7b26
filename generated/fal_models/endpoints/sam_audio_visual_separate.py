# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-audio/visual-separate` (Sam Audio Visual Separate)."""

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
from fal_models.models.sam_audio_visual_separate import (
    SamAudioVisualSeparateInput,
    SamAudioVisualSeparateOutput,
)

__all__ = [
    "SamAudioVisualSeparate",
    "AsyncSamAudioVisualSeparate",
    "SamAudioVisualSeparateInput",
    "SamAudioVisualSeparateOutput",
]


class SamAudioVisualSeparate(
    SyncEndpoint[SamAudioVisualSeparateInput, SamAudioVisualSeparateOutput]
):
    """Sam Audio Visual Separate (`fal-ai/sam-audio/visual-separate`).

    Input for visual-prompted audio separation.

    Category: video-to-audio. Docs: https://fal.ai/models/fal-ai/sam-audio/visual-separate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-audio/visual-separate"
    input_model: ClassVar[type[SamAudioVisualSeparateInput]] = SamAudioVisualSeparateInput
    output_model: ClassVar[type[SamAudioVisualSeparateOutput]] = SamAudioVisualSeparateOutput
    Input = SamAudioVisualSeparateInput
    Output = SamAudioVisualSeparateOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SamAudioVisualSeparateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
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
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SamAudioVisualSeparateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
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
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SamAudioVisualSeparateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
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
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SamAudioVisualSeparateOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncSamAudioVisualSeparate(
    AsyncEndpoint[SamAudioVisualSeparateInput, SamAudioVisualSeparateOutput]
):
    """Sam Audio Visual Separate (`fal-ai/sam-audio/visual-separate`).

    Input for visual-prompted audio separation.

    Category: video-to-audio. Docs: https://fal.ai/models/fal-ai/sam-audio/visual-separate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-audio/visual-separate"
    input_model: ClassVar[type[SamAudioVisualSeparateInput]] = SamAudioVisualSeparateInput
    output_model: ClassVar[type[SamAudioVisualSeparateOutput]] = SamAudioVisualSeparateOutput
    Input = SamAudioVisualSeparateInput
    Output = SamAudioVisualSeparateOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SamAudioVisualSeparateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
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
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SamAudioVisualSeparateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
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
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SamAudioVisualSeparateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
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
        video_url: FileInput,
        mask_video_url: FileInput | None | Omit = omit,
        prompt: str | Omit = omit,
        reranking_candidates: int | Omit = omit,
        acceleration: Literal["fast", "balanced", "quality"] | Omit = omit,
        max_chunk_duration: float | Omit = omit,
        chunk_overlap: float | Omit = omit,
        output_format: Literal["wav", "mp3"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SamAudioVisualSeparateOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to process (MP4, MOV, etc.). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            mask_video_url: URL of the mask video (binary mask indicating target object).
                Black=target, White=background. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: Text prompt to assist with separation. Use natural language to describe the
                target sound. Default: "".
            reranking_candidates: Number of candidates to generate and rank. Higher improves quality
                but increases latency and cost. Default: 1. Limits: minimum 1, maximum 4.
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
                "video_url": video_url,
                "mask_video_url": mask_video_url,
                "prompt": prompt,
                "reranking_candidates": reranking_candidates,
                "acceleration": acceleration,
                "max_chunk_duration": max_chunk_duration,
                "chunk_overlap": chunk_overlap,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
