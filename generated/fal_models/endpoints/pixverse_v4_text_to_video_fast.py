# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/v4/text-to-video/fast` (Pixverse V4 Text To Video Fast)."""

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
from fal_models.models.pixverse_v4_text_to_video_fast import (
    PixverseV4TextToVideoFastInput,
    PixverseV4TextToVideoFastOutput,
)

__all__ = [
    "PixverseV4TextToVideoFast",
    "AsyncPixverseV4TextToVideoFast",
    "PixverseV4TextToVideoFastInput",
    "PixverseV4TextToVideoFastOutput",
]


class PixverseV4TextToVideoFast(
    SyncEndpoint[PixverseV4TextToVideoFastInput, PixverseV4TextToVideoFastOutput]
):
    """Pixverse V4 Text To Video Fast (`fal-ai/pixverse/v4/text-to-video/fast`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v4/text-to-video/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v4/text-to-video/fast"
    input_model: ClassVar[type[PixverseV4TextToVideoFastInput]] = PixverseV4TextToVideoFastInput
    output_model: ClassVar[type[PixverseV4TextToVideoFastOutput]] = PixverseV4TextToVideoFastOutput
    Input = PixverseV4TextToVideoFastInput
    Output = PixverseV4TextToVideoFastOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseV4TextToVideoFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseV4TextToVideoFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseV4TextToVideoFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseV4TextToVideoFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseV4TextToVideoFast(
    AsyncEndpoint[PixverseV4TextToVideoFastInput, PixverseV4TextToVideoFastOutput]
):
    """Pixverse V4 Text To Video Fast (`fal-ai/pixverse/v4/text-to-video/fast`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/v4/text-to-video/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/v4/text-to-video/fast"
    input_model: ClassVar[type[PixverseV4TextToVideoFastInput]] = PixverseV4TextToVideoFastInput
    output_model: ClassVar[type[PixverseV4TextToVideoFastOutput]] = PixverseV4TextToVideoFastOutput
    Input = PixverseV4TextToVideoFastInput
    Output = PixverseV4TextToVideoFastOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseV4TextToVideoFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseV4TextToVideoFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseV4TextToVideoFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        style: Literal["anime", "3d_animation", "clay", "comic", "cyberpunk"] | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseV4TextToVideoFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: The resolution of the generated video. Default: "720p".
            negative_prompt: Negative prompt to be used for the generation. Default: "".
            style: The style of the generated video.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same video every time.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "negative_prompt": negative_prompt,
                "style": style,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
