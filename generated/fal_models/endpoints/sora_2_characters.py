# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sora-2/characters` (Sora 2 Characters)."""

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
from fal_models.models.sora_2_characters import Sora2CharactersInput, Sora2CharactersOutput

__all__ = [
    "Sora2Characters",
    "AsyncSora2Characters",
    "Sora2CharactersInput",
    "Sora2CharactersOutput",
]


class Sora2Characters(SyncEndpoint[Sora2CharactersInput, Sora2CharactersOutput]):
    """Sora 2 Characters (`fal-ai/sora-2/characters`).

    Input for creating a Sora 2 character from a short video clip.

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sora-2/characters/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sora-2/characters"
    input_model: ClassVar[type[Sora2CharactersInput]] = Sora2CharactersInput
    output_model: ClassVar[type[Sora2CharactersOutput]] = Sora2CharactersOutput
    Input = Sora2CharactersInput
    Output = Sora2CharactersOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[SubscribeOptions],
    ) -> Sora2CharactersOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sora2CharactersOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[RunOptions],
    ) -> Sora2CharactersOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sora2CharactersOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return self._stream(payload, options)


class AsyncSora2Characters(AsyncEndpoint[Sora2CharactersInput, Sora2CharactersOutput]):
    """Sora 2 Characters (`fal-ai/sora-2/characters`).

    Input for creating a Sora 2 character from a short video clip.

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sora-2/characters/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sora-2/characters"
    input_model: ClassVar[type[Sora2CharactersInput]] = Sora2CharactersInput
    output_model: ClassVar[type[Sora2CharactersOutput]] = Sora2CharactersOutput
    Input = Sora2CharactersInput
    Output = Sora2CharactersOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sora2CharactersOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sora2CharactersOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[RunOptions],
    ) -> Sora2CharactersOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        name: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sora2CharactersOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of an MP4 video (minimum 720p, max ~2.67:1 aspect ratio) to define the
                character. Videos exceeding 1080p are automatically scaled down. Non-standard aspect
                ratios are automatically padded to 16:9 (landscape) or 9:16 (portrait). Videos
                longer than 4 seconds are trimmed to the first 4 seconds. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image). Limits: min length 1.
            name: Name for the character (1–80 characters). Refer to this name in prompts when using
                the character. Limits: min length 1, max length 80.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "name": name,
            }
        )
        return self._stream(payload, options)
