# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `veed/avatars/text-to-video` (Veed Avatars Text To Video)."""

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
from fal_models.models.veed_avatars_text_to_video import (
    VeedAvatarsTextToVideoInput,
    VeedAvatarsTextToVideoOutput,
)

__all__ = [
    "VeedAvatarsTextToVideo",
    "AsyncVeedAvatarsTextToVideo",
    "VeedAvatarsTextToVideoInput",
    "VeedAvatarsTextToVideoOutput",
]


class VeedAvatarsTextToVideo(
    SyncEndpoint[VeedAvatarsTextToVideoInput, VeedAvatarsTextToVideoOutput]
):
    """Veed Avatars Text To Video (`veed/avatars/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/veed/avatars/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "veed/avatars/text-to-video"
    input_model: ClassVar[type[VeedAvatarsTextToVideoInput]] = VeedAvatarsTextToVideoInput
    output_model: ClassVar[type[VeedAvatarsTextToVideoOutput]] = VeedAvatarsTextToVideoOutput
    Input = VeedAvatarsTextToVideoInput
    Output = VeedAvatarsTextToVideoOutput

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
        text: str,
        **options: Unpack[SubscribeOptions],
    ) -> VeedAvatarsTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
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
        text: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VeedAvatarsTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
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
        text: str,
        **options: Unpack[RunOptions],
    ) -> VeedAvatarsTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
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
        text: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VeedAvatarsTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
            }
        )
        return self._stream(payload, options)


class AsyncVeedAvatarsTextToVideo(
    AsyncEndpoint[VeedAvatarsTextToVideoInput, VeedAvatarsTextToVideoOutput]
):
    """Veed Avatars Text To Video (`veed/avatars/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/veed/avatars/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "veed/avatars/text-to-video"
    input_model: ClassVar[type[VeedAvatarsTextToVideoInput]] = VeedAvatarsTextToVideoInput
    output_model: ClassVar[type[VeedAvatarsTextToVideoOutput]] = VeedAvatarsTextToVideoOutput
    Input = VeedAvatarsTextToVideoInput
    Output = VeedAvatarsTextToVideoOutput

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
        text: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VeedAvatarsTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
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
        text: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VeedAvatarsTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
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
        text: str,
        **options: Unpack[RunOptions],
    ) -> VeedAvatarsTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
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
        text: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VeedAvatarsTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar_id: The avatar to use for the video.
            text: See fal's docs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar_id": avatar_id,
                "text": text,
            }
        )
        return self._stream(payload, options)
