# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/video-understanding` (Video Understanding)."""

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
from fal_models.models.video_understanding import VideoUnderstandingInput, VideoUnderstandingOutput

__all__ = [
    "VideoUnderstanding",
    "AsyncVideoUnderstanding",
    "VideoUnderstandingInput",
    "VideoUnderstandingOutput",
]


class VideoUnderstanding(SyncEndpoint[VideoUnderstandingInput, VideoUnderstandingOutput]):
    """Video Understanding (`fal-ai/video-understanding`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/video-understanding/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-understanding"
    input_model: ClassVar[type[VideoUnderstandingInput]] = VideoUnderstandingInput
    output_model: ClassVar[type[VideoUnderstandingOutput]] = VideoUnderstandingOutput
    Input = VideoUnderstandingInput
    Output = VideoUnderstandingOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VideoUnderstandingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VideoUnderstandingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoUnderstandingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VideoUnderstandingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._stream(payload, options)


class AsyncVideoUnderstanding(AsyncEndpoint[VideoUnderstandingInput, VideoUnderstandingOutput]):
    """Video Understanding (`fal-ai/video-understanding`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/video-understanding/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-understanding"
    input_model: ClassVar[type[VideoUnderstandingInput]] = VideoUnderstandingInput
    output_model: ClassVar[type[VideoUnderstandingOutput]] = VideoUnderstandingOutput
    Input = VideoUnderstandingInput
    Output = VideoUnderstandingOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VideoUnderstandingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VideoUnderstandingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoUnderstandingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        detailed_analysis: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VideoUnderstandingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to analyze. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: The question or prompt about the video content. Limits: min length 1, max length
                5000.
            detailed_analysis: Whether to request a more detailed analysis of the video. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "detailed_analysis": detailed_analysis,
            }
        )
        return self._stream(payload, options)
