# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/omnihuman` (Bytedance Omnihuman)."""

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
from fal_models.models.bytedance_omnihuman import BytedanceOmnihumanInput, BytedanceOmnihumanOutput

__all__ = [
    "BytedanceOmnihuman",
    "AsyncBytedanceOmnihuman",
    "BytedanceOmnihumanInput",
    "BytedanceOmnihumanOutput",
]


class BytedanceOmnihuman(SyncEndpoint[BytedanceOmnihumanInput, BytedanceOmnihumanOutput]):
    """Bytedance Omnihuman (`fal-ai/bytedance/omnihuman`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/omnihuman/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/omnihuman"
    input_model: ClassVar[type[BytedanceOmnihumanInput]] = BytedanceOmnihumanInput
    output_model: ClassVar[type[BytedanceOmnihumanOutput]] = BytedanceOmnihumanOutput
    Input = BytedanceOmnihumanInput
    Output = BytedanceOmnihumanOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceOmnihumanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceOmnihumanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BytedanceOmnihumanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceOmnihumanOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceOmnihuman(AsyncEndpoint[BytedanceOmnihumanInput, BytedanceOmnihumanOutput]):
    """Bytedance Omnihuman (`fal-ai/bytedance/omnihuman`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/omnihuman/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/omnihuman"
    input_model: ClassVar[type[BytedanceOmnihumanInput]] = BytedanceOmnihumanInput
    output_model: ClassVar[type[BytedanceOmnihumanOutput]] = BytedanceOmnihumanOutput
    Input = BytedanceOmnihumanInput
    Output = BytedanceOmnihumanOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceOmnihumanOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceOmnihumanOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> BytedanceOmnihumanOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceOmnihumanOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image used to generate the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file to generate the video. Audio must be under 30s
                long. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
