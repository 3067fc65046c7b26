# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sa2va/4b/video` (Sa2va 4b Video)."""

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
from fal_models.models.sa2va_v4b_video import Sa2va4bVideoInput, Sa2va4bVideoOutput

__all__ = ["Sa2va4bVideo", "AsyncSa2va4bVideo", "Sa2va4bVideoInput", "Sa2va4bVideoOutput"]


class Sa2va4bVideo(SyncEndpoint[Sa2va4bVideoInput, Sa2va4bVideoOutput]):
    """Sa2va 4b Video (`fal-ai/sa2va/4b/video`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/sa2va/4b/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sa2va/4b/video"
    input_model: ClassVar[type[Sa2va4bVideoInput]] = Sa2va4bVideoInput
    output_model: ClassVar[type[Sa2va4bVideoOutput]] = Sa2va4bVideoOutput
    Input = Sa2va4bVideoInput
    Output = Sa2va4bVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sa2va4bVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sa2va4bVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sa2va4bVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sa2va4bVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return self._stream(payload, options)


class AsyncSa2va4bVideo(AsyncEndpoint[Sa2va4bVideoInput, Sa2va4bVideoOutput]):
    """Sa2va 4b Video (`fal-ai/sa2va/4b/video`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/sa2va/4b/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sa2va/4b/video"
    input_model: ClassVar[type[Sa2va4bVideoInput]] = Sa2va4bVideoInput
    output_model: ClassVar[type[Sa2va4bVideoOutput]] = Sa2va4bVideoOutput
    Input = Sa2va4bVideoInput
    Output = Sa2va4bVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sa2va4bVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sa2va4bVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sa2va4bVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        num_frames_to_sample: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sa2va4bVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to be used for the chat completion.
            video_url: The URL of the input video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_frames_to_sample: Number of frames to sample from the video. Defaults to 32 if not
                provided. Minimum 5, maximum 100. Limits: minimum 5, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "num_frames_to_sample": num_frames_to_sample,
            }
        )
        return self._stream(payload, options)
