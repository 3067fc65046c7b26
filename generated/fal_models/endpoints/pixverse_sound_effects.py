# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/sound-effects` (Pixverse Sound Effects)."""

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
from fal_models.models.pixverse_sound_effects import (
    PixverseSoundEffectsInput,
    PixverseSoundEffectsOutput,
)

__all__ = [
    "PixverseSoundEffects",
    "AsyncPixverseSoundEffects",
    "PixverseSoundEffectsInput",
    "PixverseSoundEffectsOutput",
]


class PixverseSoundEffects(SyncEndpoint[PixverseSoundEffectsInput, PixverseSoundEffectsOutput]):
    """Pixverse Sound Effects (`fal-ai/pixverse/sound-effects`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/sound-effects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/sound-effects"
    input_model: ClassVar[type[PixverseSoundEffectsInput]] = PixverseSoundEffectsInput
    output_model: ClassVar[type[PixverseSoundEffectsOutput]] = PixverseSoundEffectsOutput
    Input = PixverseSoundEffectsInput
    Output = PixverseSoundEffectsOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseSoundEffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseSoundEffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseSoundEffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseSoundEffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseSoundEffects(
    AsyncEndpoint[PixverseSoundEffectsInput, PixverseSoundEffectsOutput]
):
    """Pixverse Sound Effects (`fal-ai/pixverse/sound-effects`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/sound-effects/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/sound-effects"
    input_model: ClassVar[type[PixverseSoundEffectsInput]] = PixverseSoundEffectsInput
    output_model: ClassVar[type[PixverseSoundEffectsOutput]] = PixverseSoundEffectsOutput
    Input = PixverseSoundEffectsInput
    Output = PixverseSoundEffectsOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseSoundEffectsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseSoundEffectsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseSoundEffectsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        original_sound_switch: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseSoundEffectsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to add sound effects to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            original_sound_switch: Whether to keep the original audio from the video. Default:
                false.
            prompt: Description of the sound effect to generate. If empty, a random sound effect
                will be generated. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "original_sound_switch": original_sound_switch,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
