# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/c1/text-to-video` (Pixverse C1 Text To Video)."""

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
from fal_models.models.pixverse_c1_text_to_video import (
    PixverseC1TextToVideoInput,
    PixverseC1TextToVideoOutput,
)

__all__ = [
    "PixverseC1TextToVideo",
    "AsyncPixverseC1TextToVideo",
    "PixverseC1TextToVideoInput",
    "PixverseC1TextToVideoOutput",
]


class PixverseC1TextToVideo(SyncEndpoint[PixverseC1TextToVideoInput, PixverseC1TextToVideoOutput]):
    """Pixverse C1 Text To Video (`fal-ai/pixverse/c1/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/c1/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/c1/text-to-video"
    input_model: ClassVar[type[PixverseC1TextToVideoInput]] = PixverseC1TextToVideoInput
    output_model: ClassVar[type[PixverseC1TextToVideoOutput]] = PixverseC1TextToVideoOutput
    Input = PixverseC1TextToVideoInput
    Output = PixverseC1TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseC1TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseC1TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseC1TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseC1TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseC1TextToVideo(
    AsyncEndpoint[PixverseC1TextToVideoInput, PixverseC1TextToVideoOutput]
):
    """Pixverse C1 Text To Video (`fal-ai/pixverse/c1/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/c1/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/c1/text-to-video"
    input_model: ClassVar[type[PixverseC1TextToVideoInput]] = PixverseC1TextToVideoInput
    output_model: ClassVar[type[PixverseC1TextToVideoOutput]] = PixverseC1TextToVideoOutput
    Input = PixverseC1TextToVideoInput
    Output = PixverseC1TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseC1TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseC1TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseC1TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseC1TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds (1-15). Default: 5. Limits:
                minimum 1, maximum 15.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._stream(payload, options)
