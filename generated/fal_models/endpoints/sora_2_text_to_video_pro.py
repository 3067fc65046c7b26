# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sora-2/text-to-video/pro` (Sora 2 Text To Video Pro)."""

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
from fal_models.models.sora_2_text_to_video_pro import (
    Sora2TextToVideoProInput,
    Sora2TextToVideoProOutput,
)

__all__ = [
    "Sora2TextToVideoPro",
    "AsyncSora2TextToVideoPro",
    "Sora2TextToVideoProInput",
    "Sora2TextToVideoProOutput",
]


class Sora2TextToVideoPro(SyncEndpoint[Sora2TextToVideoProInput, Sora2TextToVideoProOutput]):
    """Sora 2 Text To Video Pro (`fal-ai/sora-2/text-to-video/pro`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/sora-2/text-to-video/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sora-2/text-to-video/pro"
    input_model: ClassVar[type[Sora2TextToVideoProInput]] = Sora2TextToVideoProInput
    output_model: ClassVar[type[Sora2TextToVideoProOutput]] = Sora2TextToVideoProOutput
    Input = Sora2TextToVideoProInput
    Output = Sora2TextToVideoProOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sora2TextToVideoProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sora2TextToVideoProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sora2TextToVideoProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sora2TextToVideoProOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return self._stream(payload, options)


class AsyncSora2TextToVideoPro(AsyncEndpoint[Sora2TextToVideoProInput, Sora2TextToVideoProOutput]):
    """Sora 2 Text To Video Pro (`fal-ai/sora-2/text-to-video/pro`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/sora-2/text-to-video/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sora-2/text-to-video/pro"
    input_model: ClassVar[type[Sora2TextToVideoProInput]] = Sora2TextToVideoProInput
    output_model: ClassVar[type[Sora2TextToVideoProOutput]] = Sora2TextToVideoProOutput
    Input = Sora2TextToVideoProInput
    Output = Sora2TextToVideoProOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sora2TextToVideoProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sora2TextToVideoProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sora2TextToVideoProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["720p", "1080p", "true_1080p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sora2TextToVideoProOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
            }
        )
        return self._stream(payload, options)
