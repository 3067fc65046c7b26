# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/mmaudio-v2` (Mmaudio V2)."""

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
from fal_models.models.mmaudio_v2 import MmaudioV2Input, MmaudioV2Output

__all__ = ["MmaudioV2", "AsyncMmaudioV2", "MmaudioV2Input", "MmaudioV2Output"]


class MmaudioV2(SyncEndpoint[MmaudioV2Input, MmaudioV2Output]):
    """Mmaudio V2 (`fal-ai/mmaudio-v2`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/mmaudio-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mmaudio-v2"
    input_model: ClassVar[type[MmaudioV2Input]] = MmaudioV2Input
    output_model: ClassVar[type[MmaudioV2Output]] = MmaudioV2Output
    Input = MmaudioV2Input
    Output = MmaudioV2Output

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MmaudioV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MmaudioV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MmaudioV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MmaudioV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._stream(payload, options)


class AsyncMmaudioV2(AsyncEndpoint[MmaudioV2Input, MmaudioV2Output]):
    """Mmaudio V2 (`fal-ai/mmaudio-v2`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/mmaudio-v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/mmaudio-v2"
    input_model: ClassVar[type[MmaudioV2Input]] = MmaudioV2Input
    output_model: ClassVar[type[MmaudioV2Output]] = MmaudioV2Output
    Input = MmaudioV2Input
    Output = MmaudioV2Output

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MmaudioV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MmaudioV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MmaudioV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_steps: int | Omit = omit,
        duration: float | Omit = omit,
        cfg_strength: float | Omit = omit,
        mask_away_clip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MmaudioV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the audio for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the audio for.
            negative_prompt: The negative prompt to generate the audio for. Default: "".
            seed: The seed for the random number generator. Limits: minimum 0, maximum 65535.
            num_steps: The number of steps to generate the audio for. Default: 25. Limits: minimum
                4, maximum 50.
            duration: The duration of the audio to generate. Default: 8. Limits: minimum 1, maximum
                30.
            cfg_strength: The strength of Classifier Free Guidance. Default: 4.5. Limits: minimum 0,
                maximum 20.
            mask_away_clip: Whether to mask away the clip. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_steps": num_steps,
                "duration": duration,
                "cfg_strength": cfg_strength,
                "mask_away_clip": mask_away_clip,
            }
        )
        return self._stream(payload, options)
