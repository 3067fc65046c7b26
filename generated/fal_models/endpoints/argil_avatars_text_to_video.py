# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `argil/avatars/text-to-video` (Argil Avatars Text To Video)."""

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
from fal_models.models.argil_avatars_text_to_video import (
    ArgilAvatarsTextToVideoInput,
    ArgilAvatarsTextToVideoOutput,
)

__all__ = [
    "ArgilAvatarsTextToVideo",
    "AsyncArgilAvatarsTextToVideo",
    "ArgilAvatarsTextToVideoInput",
    "ArgilAvatarsTextToVideoOutput",
]


class ArgilAvatarsTextToVideo(
    SyncEndpoint[ArgilAvatarsTextToVideoInput, ArgilAvatarsTextToVideoOutput]
):
    """Argil Avatars Text To Video (`argil/avatars/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/argil/avatars/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "argil/avatars/text-to-video"
    input_model: ClassVar[type[ArgilAvatarsTextToVideoInput]] = ArgilAvatarsTextToVideoInput
    output_model: ClassVar[type[ArgilAvatarsTextToVideoOutput]] = ArgilAvatarsTextToVideoOutput
    Input = ArgilAvatarsTextToVideoInput
    Output = ArgilAvatarsTextToVideoOutput

    def subscribe(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ArgilAvatarsTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ArgilAvatarsTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ArgilAvatarsTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ArgilAvatarsTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return self._stream(payload, options)


class AsyncArgilAvatarsTextToVideo(
    AsyncEndpoint[ArgilAvatarsTextToVideoInput, ArgilAvatarsTextToVideoOutput]
):
    """Argil Avatars Text To Video (`argil/avatars/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/argil/avatars/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "argil/avatars/text-to-video"
    input_model: ClassVar[type[ArgilAvatarsTextToVideoInput]] = ArgilAvatarsTextToVideoInput
    output_model: ClassVar[type[ArgilAvatarsTextToVideoOutput]] = ArgilAvatarsTextToVideoOutput
    Input = ArgilAvatarsTextToVideoInput
    Output = ArgilAvatarsTextToVideoOutput

    async def subscribe(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ArgilAvatarsTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ArgilAvatarsTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ArgilAvatarsTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        avatar: Literal[
            "Mia outdoor (UGC)",
            "Lara (Masterclass)",
            "Ines (UGC)",
            "Maria (Masterclass)",
            "Emma (UGC)",
            "Sienna (Masterclass)",
            "Elena (UGC)",
            "Jasmine (Masterclass)",
            "Amara (Masterclass)",
            "Ryan podcast (UGC)",
            "Tyler (Masterclass)",
            "Jayse (Masterclass)",
            "Paul (Masterclass)",
            "Matteo (UGC)",
            "Daniel car (UGC)",
            "Dario (Masterclass)",
            "Viva (Masterclass)",
            "Chen (Masterclass)",
            "Alex (Masterclass)",
            "Vanessa (UGC)",
            "Laurent (UGC)",
            "Noemie car (UGC)",
            "Brandon (UGC)",
            "Byron (Masterclass)",
            "Calista (Masterclass)",
            "Milo (Masterclass)",
            "Fabien (Masterclass)",
            "Rose (UGC)",
        ],
        text: str,
        voice: Literal[
            "Rachel",
            "Clyde",
            "Roger",
            "Sarah",
            "Laura",
            "Thomas",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Harry",
            "Liam",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Lilly",
            "Bill",
            "Oxley",
            "Luna",
        ],
        remove_background: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ArgilAvatarsTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar: See fal's docs.
            text: See fal's docs.
            voice: See fal's docs.
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "text": text,
                "voice": voice,
                "remove_background": remove_background,
            }
        )
        return self._stream(payload, options)
