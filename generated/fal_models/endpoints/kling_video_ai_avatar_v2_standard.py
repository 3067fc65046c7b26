# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/ai-avatar/v2/standard` (Kling Video Ai Avatar V2
Standard).
"""

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
from fal_models.models.kling_video_ai_avatar_v2_standard import (
    KlingVideoAiAvatarV2StandardInput,
    KlingVideoAiAvatarV2StandardOutput,
)

__all__ = [
    "KlingVideoAiAvatarV2Standard",
    "AsyncKlingVideoAiAvatarV2Standard",
    "KlingVideoAiAvatarV2StandardInput",
    "KlingVideoAiAvatarV2StandardOutput",
]


class KlingVideoAiAvatarV2Standard(
    SyncEndpoint[KlingVideoAiAvatarV2StandardInput, KlingVideoAiAvatarV2StandardOutput]
):
    """Kling Video Ai Avatar V2 Standard (`fal-ai/kling-video/ai-avatar/v2/standard`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/ai-avatar/v2/standard/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/ai-avatar/v2/standard"
    input_model: ClassVar[type[KlingVideoAiAvatarV2StandardInput]] = (
        KlingVideoAiAvatarV2StandardInput
    )
    output_model: ClassVar[type[KlingVideoAiAvatarV2StandardOutput]] = (
        KlingVideoAiAvatarV2StandardOutput
    )
    Input = KlingVideoAiAvatarV2StandardInput
    Output = KlingVideoAiAvatarV2StandardOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoAiAvatarV2StandardOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoAiAvatarV2StandardOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoAiAvatarV2StandardOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoAiAvatarV2StandardOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoAiAvatarV2Standard(
    AsyncEndpoint[KlingVideoAiAvatarV2StandardInput, KlingVideoAiAvatarV2StandardOutput]
):
    """Kling Video Ai Avatar V2 Standard (`fal-ai/kling-video/ai-avatar/v2/standard`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/ai-avatar/v2/standard/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/ai-avatar/v2/standard"
    input_model: ClassVar[type[KlingVideoAiAvatarV2StandardInput]] = (
        KlingVideoAiAvatarV2StandardInput
    )
    output_model: ClassVar[type[KlingVideoAiAvatarV2StandardOutput]] = (
        KlingVideoAiAvatarV2StandardOutput
    )
    Input = KlingVideoAiAvatarV2StandardInput
    Output = KlingVideoAiAvatarV2StandardOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoAiAvatarV2StandardOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoAiAvatarV2StandardOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoAiAvatarV2StandardOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoAiAvatarV2StandardOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as your avatar. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio file. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            prompt: The prompt to use for the video generation. Default: ".".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
