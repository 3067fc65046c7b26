# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/v4.5/transition` (Pixverse V4.5 Transition)."""

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
from fal_models.models.pixverse_v4_5_transition import (
    PixverseV4_5TransitionInput,
    PixverseV4_5TransitionOutput,
)

__all__ = [
    "PixverseV4_5Transition",
    "AsyncPixverseV4_5Transition",
    "PixverseV4_5TransitionInput",
    "PixverseV4_5TransitionOutput",
]


class PixverseV4_5Transition(
    SyncEndpoint[PixverseV4_5TransitionInput, PixverseV4_5TransitionOutput]
):
    """Pixverse V4.5 Transition (`fal-ai/pixverse/v4.5/transition`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v4.5/transition/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v4.5/transition"
    input_model: ClassVar[type[PixverseV4_5TransitionInput]] = PixverseV4_5TransitionInput
    output_model: ClassVar[type[PixverseV4_5TransitionOutput]] = PixverseV4_5TransitionOutput
    Input = PixverseV4_5TransitionInput
    Output = PixverseV4_5TransitionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseV4_5TransitionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseV4_5TransitionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PixverseV4_5TransitionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseV4_5TransitionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseV4_5Transition(
    AsyncEndpoint[PixverseV4_5TransitionInput, PixverseV4_5TransitionOutput]
):
    """Pixverse V4.5 Transition (`fal-ai/pixverse/v4.5/transition`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v4.5/transition/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v4.5/transition"
    input_model: ClassVar[type[PixverseV4_5TransitionInput]] = PixverseV4_5TransitionInput
    output_model: ClassVar[type[PixverseV4_5TransitionOutput]] = PixverseV4_5TransitionOutput
    Input = PixverseV4_5TransitionInput
    Output = PixverseV4_5TransitionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseV4_5TransitionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseV4_5TransitionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> PixverseV4_5TransitionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5", "8"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        first_image_url: FileInput,
        end_image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseV4_5TransitionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for the transition.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            duration: The duration of the generated video in seconds. Default: "5".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            first_image_url: URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the last frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "first_image_url": first_image_url,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
