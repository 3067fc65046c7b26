# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/extend` (Pixverse Extend)."""

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
from fal_models.models.pixverse_extend import PixverseExtendInput, PixverseExtendOutput

__all__ = ["PixverseExtend", "AsyncPixverseExtend", "PixverseExtendInput", "PixverseExtendOutput"]


class PixverseExtend(SyncEndpoint[PixverseExtendInput, PixverseExtendOutput]):
    """Pixverse Extend (`fal-ai/pixverse/extend`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/extend/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/extend"
    input_model: ClassVar[type[PixverseExtendInput]] = PixverseExtendInput
    output_model: ClassVar[type[PixverseExtendOutput]] = PixverseExtendOutput
    Input = PixverseExtendInput
    Output = PixverseExtendOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseExtendOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseExtendOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseExtendOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseExtendOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseExtend(AsyncEndpoint[PixverseExtendInput, PixverseExtendOutput]):
    """Pixverse Extend (`fal-ai/pixverse/extend`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/extend/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/extend"
    input_model: ClassVar[type[PixverseExtendInput]] = PixverseExtendInput
    output_model: ClassVar[type[PixverseExtendOutput]] = PixverseExtendOutput
    Input = PixverseExtendInput
    Output = PixverseExtendOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseExtendOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseExtendOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseExtendOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        model: Literal["v3.5", "v4", "v4.5", "v5", "v5.5", "v5.6", "v6"] | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseExtendOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to extend. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt describing how to extend the video.
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the extended video.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                seconds. Default: "5".
            model: The model version to use for generation. Default: "v4.5".
            seed: Random seed for generation.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Supported in v5.6+
                models. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "style": style,
                "resolution": resolution,
                "duration": duration,
                "model": model,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
            }
        )
        return self._stream(payload, options)
