# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dubbing` (Dubbing)."""

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
from fal_models.models.dubbing import DubbingInput, DubbingOutput

__all__ = ["Dubbing", "AsyncDubbing", "DubbingInput", "DubbingOutput"]


class Dubbing(SyncEndpoint[DubbingInput, DubbingOutput]):
    """Dubbing (`fal-ai/dubbing`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/dubbing/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dubbing"
    input_model: ClassVar[type[DubbingInput]] = DubbingInput
    output_model: ClassVar[type[DubbingOutput]] = DubbingOutput
    Input = DubbingInput
    Output = DubbingOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DubbingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DubbingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DubbingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DubbingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return self._stream(payload, options)


class AsyncDubbing(AsyncEndpoint[DubbingInput, DubbingOutput]):
    """Dubbing (`fal-ai/dubbing`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/dubbing/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dubbing"
    input_model: ClassVar[type[DubbingInput]] = DubbingInput
    output_model: ClassVar[type[DubbingOutput]] = DubbingOutput
    Input = DubbingInput
    Output = DubbingOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DubbingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DubbingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DubbingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        target_language: Literal["hindi", "turkish", "english"] | Omit = omit,
        do_lipsync: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DubbingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: Input video URL to be dubbed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_language: Target language to dub the video to. Default: "hindi".
            do_lipsync: Whether to lip sync the audio to the video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_language": target_language,
                "do_lipsync": do_lipsync,
            }
        )
        return self._stream(payload, options)
