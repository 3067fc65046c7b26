# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/video-to-audio` (Kling Video Video To Audio)."""

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
from fal_models.models.kling_video_video_to_audio import (
    KlingVideoVideoToAudioInput,
    KlingVideoVideoToAudioOutput,
)

__all__ = [
    "KlingVideoVideoToAudio",
    "AsyncKlingVideoVideoToAudio",
    "KlingVideoVideoToAudioInput",
    "KlingVideoVideoToAudioOutput",
]


class KlingVideoVideoToAudio(
    SyncEndpoint[KlingVideoVideoToAudioInput, KlingVideoVideoToAudioOutput]
):
    """Kling Video Video To Audio (`fal-ai/kling-video/video-to-audio`).

    Category: video-to-audio. Docs: https://fal.ai/models/fal-ai/kling-video/video-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/video-to-audio"
    input_model: ClassVar[type[KlingVideoVideoToAudioInput]] = KlingVideoVideoToAudioInput
    output_model: ClassVar[type[KlingVideoVideoToAudioOutput]] = KlingVideoVideoToAudioOutput
    Input = KlingVideoVideoToAudioInput
    Output = KlingVideoVideoToAudioOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoVideoToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoVideoToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoVideoToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoVideoToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoVideoToAudio(
    AsyncEndpoint[KlingVideoVideoToAudioInput, KlingVideoVideoToAudioOutput]
):
    """Kling Video Video To Audio (`fal-ai/kling-video/video-to-audio`).

    Category: video-to-audio. Docs: https://fal.ai/models/fal-ai/kling-video/video-to-audio/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/video-to-audio"
    input_model: ClassVar[type[KlingVideoVideoToAudioInput]] = KlingVideoVideoToAudioInput
    output_model: ClassVar[type[KlingVideoVideoToAudioOutput]] = KlingVideoVideoToAudioOutput
    Input = KlingVideoVideoToAudioInput
    Output = KlingVideoVideoToAudioOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoVideoToAudioOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoVideoToAudioOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoVideoToAudioOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        sound_effect_prompt: str | None | Omit = omit,
        background_music_prompt: str | None | Omit = omit,
        asmr_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoVideoToAudioOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The video URL to extract audio from. Only .mp4/.mov formats are supported.
                File size does not exceed 100MB. Video duration between 3.0s and 20.0s. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            sound_effect_prompt: Sound effect prompt. Cannot exceed 200 characters. Default: "Car
                tires screech as they accelerate in a drag race". Limits: max length 200.
            background_music_prompt: Background music prompt. Cannot exceed 200 characters. Default:
                "intense car race". Limits: max length 200.
            asmr_mode: Enable ASMR mode. This mode enhances detailed sound effects and is suitable
                for highly immersive content scenarios. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "background_music_prompt": background_music_prompt,
                "asmr_mode": asmr_mode,
            }
        )
        return self._stream(payload, options)
