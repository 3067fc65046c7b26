# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `cassetteai/video-sound-effects-generator` (Cassetteai Video Sound Effects
Generator).
"""

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
from fal_models.models.cassetteai_video_sound_effects_generator import (
    CassetteaiVideoSoundEffectsGeneratorInput,
    CassetteaiVideoSoundEffectsGeneratorOutput,
    Video,
)

__all__ = [
    "CassetteaiVideoSoundEffectsGenerator",
    "AsyncCassetteaiVideoSoundEffectsGenerator",
    "CassetteaiVideoSoundEffectsGeneratorInput",
    "CassetteaiVideoSoundEffectsGeneratorOutput",
]


class CassetteaiVideoSoundEffectsGenerator(
    SyncEndpoint[
        CassetteaiVideoSoundEffectsGeneratorInput, CassetteaiVideoSoundEffectsGeneratorOutput
    ]
):
    """Cassetteai Video Sound Effects Generator (`cassetteai/video-sound-effects-generator`).

    Pydantic model for receiving a video file to analyze and re-sound.

    Category: video-to-video.
    Docs: https://fal.ai/models/cassetteai/video-sound-effects-generator/api
    """

    endpoint_id: ClassVar[str] = "cassetteai/video-sound-effects-generator"
    input_model: ClassVar[type[CassetteaiVideoSoundEffectsGeneratorInput]] = (
        CassetteaiVideoSoundEffectsGeneratorInput
    )
    output_model: ClassVar[type[CassetteaiVideoSoundEffectsGeneratorOutput]] = (
        CassetteaiVideoSoundEffectsGeneratorOutput
    )
    Input = CassetteaiVideoSoundEffectsGeneratorInput
    Output = CassetteaiVideoSoundEffectsGeneratorOutput

    def subscribe(
        self,
        *,
        video_url: Video,
        **options: Unpack[SubscribeOptions],
    ) -> CassetteaiVideoSoundEffectsGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: Video,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CassetteaiVideoSoundEffectsGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: Video,
        **options: Unpack[RunOptions],
    ) -> CassetteaiVideoSoundEffectsGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: Video,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CassetteaiVideoSoundEffectsGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)


class AsyncCassetteaiVideoSoundEffectsGenerator(
    AsyncEndpoint[
        CassetteaiVideoSoundEffectsGeneratorInput, CassetteaiVideoSoundEffectsGeneratorOutput
    ]
):
    """Cassetteai Video Sound Effects Generator (`cassetteai/video-sound-effects-generator`).

    Pydantic model for receiving a video file to analyze and re-sound.

    Category: video-to-video.
    Docs: https://fal.ai/models/cassetteai/video-sound-effects-generator/api
    """

    endpoint_id: ClassVar[str] = "cassetteai/video-sound-effects-generator"
    input_model: ClassVar[type[CassetteaiVideoSoundEffectsGeneratorInput]] = (
        CassetteaiVideoSoundEffectsGeneratorInput
    )
    output_model: ClassVar[type[CassetteaiVideoSoundEffectsGeneratorOutput]] = (
        CassetteaiVideoSoundEffectsGeneratorOutput
    )
    Input = CassetteaiVideoSoundEffectsGeneratorInput
    Output = CassetteaiVideoSoundEffectsGeneratorOutput

    async def subscribe(
        self,
        *,
        video_url: Video,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CassetteaiVideoSoundEffectsGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: Video,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CassetteaiVideoSoundEffectsGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: Video,
        **options: Unpack[RunOptions],
    ) -> CassetteaiVideoSoundEffectsGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: Video,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CassetteaiVideoSoundEffectsGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: A video file to analyze & re-sound with generated SFX.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)
