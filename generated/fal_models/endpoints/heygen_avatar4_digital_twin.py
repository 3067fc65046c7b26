# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/heygen/avatar4/digital-twin` (Heygen Avatar4 Digital Twin)."""

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
from fal_models.models.heygen_avatar4_digital_twin import (
    Character,
    HeygenAvatar4DigitalTwinInput,
    HeygenAvatar4DigitalTwinOutput,
    TextVoice,
)

__all__ = [
    "HeygenAvatar4DigitalTwin",
    "AsyncHeygenAvatar4DigitalTwin",
    "HeygenAvatar4DigitalTwinInput",
    "HeygenAvatar4DigitalTwinOutput",
]


class HeygenAvatar4DigitalTwin(
    SyncEndpoint[HeygenAvatar4DigitalTwinInput, HeygenAvatar4DigitalTwinOutput]
):
    """Heygen Avatar4 Digital Twin (`fal-ai/heygen/avatar4/digital-twin`).

    Request model for digital twin video generation using Avatar 4 (Engine IV).

    Category: audio-to-video. Docs: https://fal.ai/models/fal-ai/heygen/avatar4/digital-twin/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/avatar4/digital-twin"
    input_model: ClassVar[type[HeygenAvatar4DigitalTwinInput]] = HeygenAvatar4DigitalTwinInput
    output_model: ClassVar[type[HeygenAvatar4DigitalTwinOutput]] = HeygenAvatar4DigitalTwinOutput
    Input = HeygenAvatar4DigitalTwinInput
    Output = HeygenAvatar4DigitalTwinOutput

    def subscribe(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HeygenAvatar4DigitalTwinOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HeygenAvatar4DigitalTwinOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenAvatar4DigitalTwinOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HeygenAvatar4DigitalTwinOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncHeygenAvatar4DigitalTwin(
    AsyncEndpoint[HeygenAvatar4DigitalTwinInput, HeygenAvatar4DigitalTwinOutput]
):
    """Heygen Avatar4 Digital Twin (`fal-ai/heygen/avatar4/digital-twin`).

    Request model for digital twin video generation using Avatar 4 (Engine IV).

    Category: audio-to-video. Docs: https://fal.ai/models/fal-ai/heygen/avatar4/digital-twin/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/heygen/avatar4/digital-twin"
    input_model: ClassVar[type[HeygenAvatar4DigitalTwinInput]] = HeygenAvatar4DigitalTwinInput
    output_model: ClassVar[type[HeygenAvatar4DigitalTwinOutput]] = HeygenAvatar4DigitalTwinOutput
    Input = HeygenAvatar4DigitalTwinInput
    Output = HeygenAvatar4DigitalTwinOutput

    async def subscribe(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HeygenAvatar4DigitalTwinOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HeygenAvatar4DigitalTwinOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HeygenAvatar4DigitalTwinOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        character: Character,
        voice: TextVoice,
        audio_url: FileInput | None | Omit = omit,
        resolution: Literal["360p", "480p", "540p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HeygenAvatar4DigitalTwinOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            character: Character configuration for the video.
            voice: Voice configuration for the character.
            audio_url: URL of an audio file for the avatar to lip-sync to. When provided, the avatar
                uses this audio instead of text-to-speech. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p. Default:
                "720p".
            aspect_ratio: Aspect ratio of the output video. Use '9:16' for portrait (vertical)
                videos, '16:9' for landscape, or '1:1' for square. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "character": character,
                "voice": voice,
                "audio_url": audio_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
