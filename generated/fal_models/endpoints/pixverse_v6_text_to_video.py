# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/v6/text-to-video` (Pixverse V6 Text To Video)."""

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
from fal_models.models.pixverse_v6_text_to_video import (
    PixverseV6TextToVideoInput,
    PixverseV6TextToVideoOutput,
)

__all__ = [
    "PixverseV6TextToVideo",
    "AsyncPixverseV6TextToVideo",
    "PixverseV6TextToVideoInput",
    "PixverseV6TextToVideoOutput",
]


class PixverseV6TextToVideo(SyncEndpoint[PixverseV6TextToVideoInput, PixverseV6TextToVideoOutput]):
    """Pixverse V6 Text To Video (`fal-ai/pixverse/v6/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v6/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v6/text-to-video"
    input_model: ClassVar[type[PixverseV6TextToVideoInput]] = PixverseV6TextToVideoInput
    output_model: ClassVar[type[PixverseV6TextToVideoOutput]] = PixverseV6TextToVideoOutput
    Input = PixverseV6TextToVideoInput
    Output = PixverseV6TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseV6TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
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
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseV6TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
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
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseV6TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
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
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseV6TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseV6TextToVideo(
    AsyncEndpoint[PixverseV6TextToVideoInput, PixverseV6TextToVideoOutput]
):
    """Pixverse V6 Text To Video (`fal-ai/pixverse/v6/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v6/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v6/text-to-video"
    input_model: ClassVar[type[PixverseV6TextToVideoInput]] = PixverseV6TextToVideoInput
    output_model: ClassVar[type[PixverseV6TextToVideoOutput]] = PixverseV6TextToVideoOutput
    Input = PixverseV6TextToVideoInput
    Output = PixverseV6TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseV6TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
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
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseV6TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
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
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseV6TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
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
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        generate_multi_clip_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseV6TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. v6 supports values from 1 to
                15 seconds. Default: 5. Limits: minimum 1, maximum 15.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            generate_multi_clip_switch: Enable multi-clip generation with dynamic camera changes.
                Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "generate_multi_clip_switch": generate_multi_clip_switch,
                "thinking_type": thinking_type,
            }
        )
        return self._stream(payload, options)
