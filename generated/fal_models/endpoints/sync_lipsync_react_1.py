# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sync-lipsync/react-1` (Sync Lipsync React 1)."""

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
from fal_models.models.sync_lipsync_react_1 import SyncLipsyncReact1Input, SyncLipsyncReact1Output

__all__ = [
    "SyncLipsyncReact1",
    "AsyncSyncLipsyncReact1",
    "SyncLipsyncReact1Input",
    "SyncLipsyncReact1Output",
]


class SyncLipsyncReact1(SyncEndpoint[SyncLipsyncReact1Input, SyncLipsyncReact1Output]):
    """Sync Lipsync React 1 (`fal-ai/sync-lipsync/react-1`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/react-1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync/react-1"
    input_model: ClassVar[type[SyncLipsyncReact1Input]] = SyncLipsyncReact1Input
    output_model: ClassVar[type[SyncLipsyncReact1Output]] = SyncLipsyncReact1Output
    Input = SyncLipsyncReact1Input
    Output = SyncLipsyncReact1Output

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SyncLipsyncReact1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SyncLipsyncReact1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncReact1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SyncLipsyncReact1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return self._stream(payload, options)


class AsyncSyncLipsyncReact1(AsyncEndpoint[SyncLipsyncReact1Input, SyncLipsyncReact1Output]):
    """Sync Lipsync React 1 (`fal-ai/sync-lipsync/react-1`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/sync-lipsync/react-1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sync-lipsync/react-1"
    input_model: ClassVar[type[SyncLipsyncReact1Input]] = SyncLipsyncReact1Input
    output_model: ClassVar[type[SyncLipsyncReact1Output]] = SyncLipsyncReact1Output
    Input = SyncLipsyncReact1Input
    Output = SyncLipsyncReact1Output

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SyncLipsyncReact1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SyncLipsyncReact1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SyncLipsyncReact1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        model_mode: Literal["lips", "face", "head"] | Omit = omit,
        lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] | Omit = omit,
        temperature: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SyncLipsyncReact1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL to the input video. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            audio_url: URL to the input audio. Must be **15 seconds or shorter**. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            emotion: Emotion prompt for the generation. Currently supports single-word emotions
                only.
            model_mode: Controls the edit region and movement scope for the model. Available
                options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`:
                Lipsync + facial expressions without head movements. - `head`: Lipsync + facial
                expressions + natural talking head movements. Default: "face".
            lipsync_mode: Lipsync mode when audio and video durations are out of sync. Default:
                "bounce".
            temperature: Controls the expresiveness of the lipsync. Default: 0.5. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
                "model_mode": model_mode,
                "lipsync_mode": lipsync_mode,
                "temperature": temperature,
            }
        )
        return self._stream(payload, options)
