# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/v5.6/image-to-video` (Pixverse V5.6 Image To Video)."""

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
from fal_models.models.pixverse_v5_6_image_to_video import (
    PixverseV5_6ImageToVideoInput,
    PixverseV5_6ImageToVideoOutput,
)

__all__ = [
    "PixverseV5_6ImageToVideo",
    "AsyncPixverseV5_6ImageToVideo",
    "PixverseV5_6ImageToVideoInput",
    "PixverseV5_6ImageToVideoOutput",
]


class PixverseV5_6ImageToVideo(
    SyncEndpoint[PixverseV5_6ImageToVideoInput, PixverseV5_6ImageToVideoOutput]
):
    """Pixverse V5.6 Image To Video (`fal-ai/pixverse/v5.6/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v5.6/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v5.6/image-to-video"
    input_model: ClassVar[type[PixverseV5_6ImageToVideoInput]] = PixverseV5_6ImageToVideoInput
    output_model: ClassVar[type[PixverseV5_6ImageToVideoOutput]] = PixverseV5_6ImageToVideoOutput
    Input = PixverseV5_6ImageToVideoInput
    Output = PixverseV5_6ImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseV5_6ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseV5_6ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PixverseV5_6ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseV5_6ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseV5_6ImageToVideo(
    AsyncEndpoint[PixverseV5_6ImageToVideoInput, PixverseV5_6ImageToVideoOutput]
):
    """Pixverse V5.6 Image To Video (`fal-ai/pixverse/v5.6/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v5.6/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v5.6/image-to-video"
    input_model: ClassVar[type[PixverseV5_6ImageToVideoInput]] = PixverseV5_6ImageToVideoInput
    output_model: ClassVar[type[PixverseV5_6ImageToVideoOutput]] = PixverseV5_6ImageToVideoOutput
    Input = PixverseV5_6ImageToVideoInput
    Output = PixverseV5_6ImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseV5_6ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseV5_6ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PixverseV5_6ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8", "10"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        generate_audio_switch: bool | Omit = omit,
        thinking_type: Literal["enabled", "disabled", "auto"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseV5_6ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. 1080p videos are limited to 5
                or 8 seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            generate_audio_switch: Enable audio generation (BGM, SFX, dialogue). Default: false.
            thinking_type: Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off,
                'auto' for model decision.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
                "generate_audio_switch": generate_audio_switch,
                "thinking_type": thinking_type,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
