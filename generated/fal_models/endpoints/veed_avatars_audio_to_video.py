# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/avatars/audio-to-video` (Veed Avatars Audio To Video)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

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
from fal_models.models.veed_avatars_audio_to_video import (
    VeedAvatarsAudioToVideoInput,
    VeedAvatarsAudioToVideoOutput,
)

__all__ = [
    "VeedAvatarsAudioToVideo",
    "AsyncVeedAvatarsAudioToVideo",
    "VeedAvatarsAudioToVideoInput",
    "VeedAvatarsAudioToVideoOutput",
]


class VeedAvatarsAudioToVideo(
    SyncEndpoint[VeedAvatarsAudioToVideoInput, VeedAvatarsAudioToVideoOutput]
):
    """Veed Avatars Audio To Video (`veed/avatars/audio-to-video`).

    Category: audio-to-video. Docs: https://fal.ai/models/veed/avatars/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "veed/avatars/audio-to-video"
    input_model: ClassVar[type[VeedAvatarsAudioToVideoInput]] = VeedAvatarsAudioToVideoInput
    output_model: ClassVar[type[VeedAvatarsAudioToVideoOutput]] = VeedAvatarsAudioToVideoOutput
    Input = VeedAvatarsAudioToVideoInput
    Output = VeedAvatarsAudioToVideoOutput

    def subscribe(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> VeedAvatarsAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VeedAvatarsAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> VeedAvatarsAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VeedAvatarsAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)


class AsyncVeedAvatarsAudioToVideo(
    AsyncEndpoint[VeedAvatarsAudioToVideoInput, VeedAvatarsAudioToVideoOutput]
):
    """Veed Avatars Audio To Video (`veed/avatars/audio-to-video`).

    Category: audio-to-video. Docs: https://fal.ai/models/veed/avatars/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "veed/avatars/audio-to-video"
    input_model: ClassVar[type[VeedAvatarsAudioToVideoInput]] = VeedAvatarsAudioToVideoInput
    output_model: ClassVar[type[VeedAvatarsAudioToVideoOutput]] = VeedAvatarsAudioToVideoOutput
    Input = VeedAvatarsAudioToVideoInput
    Output = VeedAvatarsAudioToVideoOutput

    async def subscribe(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedAvatarsAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VeedAvatarsAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> VeedAvatarsAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        avatar_id: Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        audio_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VeedAvatarsAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar_id: The avatar to use for the video.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Limits: min length 1, max length 2083. Not checked by the client:
                format uri.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "audio_url": audio_url,
            }
        )
        return self._stream(payload, options)
