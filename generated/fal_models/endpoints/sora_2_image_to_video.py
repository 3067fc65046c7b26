# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sora-2/image-to-video` (Sora 2 Image To Video)."""

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
from fal_models.models.sora_2_image_to_video import Sora2ImageToVideoInput, Sora2ImageToVideoOutput

__all__ = [
    "Sora2ImageToVideo",
    "AsyncSora2ImageToVideo",
    "Sora2ImageToVideoInput",
    "Sora2ImageToVideoOutput",
]


class Sora2ImageToVideo(SyncEndpoint[Sora2ImageToVideoInput, Sora2ImageToVideoOutput]):
    """Sora 2 Image To Video (`fal-ai/sora-2/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/sora-2/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sora-2/image-to-video"
    input_model: ClassVar[type[Sora2ImageToVideoInput]] = Sora2ImageToVideoInput
    output_model: ClassVar[type[Sora2ImageToVideoOutput]] = Sora2ImageToVideoOutput
    Input = Sora2ImageToVideoInput
    Output = Sora2ImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Sora2ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sora2ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Sora2ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sora2ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncSora2ImageToVideo(AsyncEndpoint[Sora2ImageToVideoInput, Sora2ImageToVideoOutput]):
    """Sora 2 Image To Video (`fal-ai/sora-2/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/sora-2/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sora-2/image-to-video"
    input_model: ClassVar[type[Sora2ImageToVideoInput]] = Sora2ImageToVideoInput
    output_model: ClassVar[type[Sora2ImageToVideoOutput]] = Sora2ImageToVideoOutput
    Input = Sora2ImageToVideoInput
    Output = Sora2ImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sora2ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sora2ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Sora2ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        resolution: Literal["auto", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "9:16", "16:9"] | Omit = omit,
        duration: Literal[4, 8, 12, 16, 20] | Omit = omit,
        delete_video: bool | Omit = omit,
        model: Literal["sora-2", "sora-2-2025-12-08", "sora-2-2025-10-06"] | Omit = omit,
        detect_and_block_ip: bool | Omit = omit,
        character_ids: list[str] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sora2ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video you want to generate. Limits: min length 1,
                max length 5000.
            resolution: The resolution of the generated video. Default: "auto".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            duration: Duration of the generated video in seconds. Default: 4.
            delete_video: Whether to delete the video after generation for privacy reasons. If True,
                the video cannot be used for remixing and will be permanently deleted. Default:
                true.
            model: The model to use for the generation. When the default model is selected, the
                latest snapshot of the model will be used - otherwise, select a specific snapshot of
                the model. Default: "sora-2".
            detect_and_block_ip: If enabled, the prompt (and image for image-to-video) will be
                checked for known intellectual property references and the request will be blocked
                if any are detected. Default: false.
            character_ids: Up to two character IDs (from create-character) to use in the video.
                Refer to characters by name in the prompt. When set, only the OpenAI provider is
                used. Limits: max items 2.
            image_url: The URL of the image to use as the first frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "delete_video": delete_video,
                "model": model,
                "detect_and_block_ip": detect_and_block_ip,
                "character_ids": character_ids,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
