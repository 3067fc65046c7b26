# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `argil/avatars/audio-to-video` (Argil Avatars Audio To Video)."""

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
from fal_models.models.argil_avatars_audio_to_video import (
    ArgilAvatarsAudioToVideoInput,
    ArgilAvatarsAudioToVideoOutput,
)

__all__ = [
    "ArgilAvatarsAudioToVideo",
    "AsyncArgilAvatarsAudioToVideo",
    "ArgilAvatarsAudioToVideoInput",
    "ArgilAvatarsAudioToVideoOutput",
]


class ArgilAvatarsAudioToVideo(
    SyncEndpoint[ArgilAvatarsAudioToVideoInput, ArgilAvatarsAudioToVideoOutput]
):
    """Argil Avatars Audio To Video (`argil/avatars/audio-to-video`).

    Category: audio-to-video. Docs: https://fal.ai/models/argil/avatars/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "argil/avatars/audio-to-video"
    input_model: ClassVar[type[ArgilAvatarsAudioToVideoInput]] = ArgilAvatarsAudioToVideoInput
    output_model: ClassVar[type[ArgilAvatarsAudioToVideoOutput]] = ArgilAvatarsAudioToVideoOutput
    Input = ArgilAvatarsAudioToVideoInput
    Output = ArgilAvatarsAudioToVideoOutput

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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ArgilAvatarsAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ArgilAvatarsAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ArgilAvatarsAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ArgilAvatarsAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
                "remove_background": remove_background,
            }
        )
        return self._stream(payload, options)


class AsyncArgilAvatarsAudioToVideo(
    AsyncEndpoint[ArgilAvatarsAudioToVideoInput, ArgilAvatarsAudioToVideoOutput]
):
    """Argil Avatars Audio To Video (`argil/avatars/audio-to-video`).

    Category: audio-to-video. Docs: https://fal.ai/models/argil/avatars/audio-to-video/api
    """

    endpoint_id: ClassVar[str] = "argil/avatars/audio-to-video"
    input_model: ClassVar[type[ArgilAvatarsAudioToVideoInput]] = ArgilAvatarsAudioToVideoInput
    output_model: ClassVar[type[ArgilAvatarsAudioToVideoOutput]] = ArgilAvatarsAudioToVideoOutput
    Input = ArgilAvatarsAudioToVideoInput
    Output = ArgilAvatarsAudioToVideoOutput

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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ArgilAvatarsAudioToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ArgilAvatarsAudioToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ArgilAvatarsAudioToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
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
        audio_url: FileInput,
        remove_background: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ArgilAvatarsAudioToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            avatar: See fal's docs.
            audio_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            remove_background: Enabling the remove background feature will result in a 50% increase
                in the price. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "avatar": avatar,
                "audio_url": audio_url,
                "remove_background": remove_background,
            }
        )
        return self._stream(payload, options)
