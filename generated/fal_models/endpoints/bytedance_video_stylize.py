# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/video-stylize` (Bytedance Video Stylize)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.bytedance_video_stylize import (
    BytedanceVideoStylizeInput,
    BytedanceVideoStylizeOutput,
)

__all__ = [
    "BytedanceVideoStylize",
    "AsyncBytedanceVideoStylize",
    "BytedanceVideoStylizeInput",
    "BytedanceVideoStylizeOutput",
]


class BytedanceVideoStylize(SyncEndpoint[BytedanceVideoStylizeInput, BytedanceVideoStylizeOutput]):
    """Bytedance Video Stylize (`fal-ai/bytedance/video-stylize`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/video-stylize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/video-stylize"
    input_model: ClassVar[type[BytedanceVideoStylizeInput]] = BytedanceVideoStylizeInput
    output_model: ClassVar[type[BytedanceVideoStylizeOutput]] = BytedanceVideoStylizeOutput
    Input = BytedanceVideoStylizeInput
    Output = BytedanceVideoStylizeOutput

    def subscribe(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceVideoStylizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceVideoStylizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BytedanceVideoStylizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceVideoStylizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceVideoStylize(
    AsyncEndpoint[BytedanceVideoStylizeInput, BytedanceVideoStylizeOutput]
):
    """Bytedance Video Stylize (`fal-ai/bytedance/video-stylize`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/video-stylize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/video-stylize"
    input_model: ClassVar[type[BytedanceVideoStylizeInput]] = BytedanceVideoStylizeInput
    output_model: ClassVar[type[BytedanceVideoStylizeOutput]] = BytedanceVideoStylizeOutput
    Input = BytedanceVideoStylizeInput
    Output = BytedanceVideoStylizeOutput

    async def subscribe(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceVideoStylizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceVideoStylizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BytedanceVideoStylizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        style: str,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceVideoStylizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            style: The style for your character in the video. Please use a short description.
                Limits: max length 100.
            image_url: URL of the image to make the stylized video from. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "style": style,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
