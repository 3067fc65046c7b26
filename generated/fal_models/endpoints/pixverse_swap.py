# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pixverse/swap` (Pixverse Swap)."""

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
from fal_models.models.pixverse_swap import PixverseSwapInput, PixverseSwapOutput

__all__ = ["PixverseSwap", "AsyncPixverseSwap", "PixverseSwapInput", "PixverseSwapOutput"]


class PixverseSwap(SyncEndpoint[PixverseSwapInput, PixverseSwapOutput]):
    """Pixverse Swap (`fal-ai/pixverse/swap`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/swap/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/swap"
    input_model: ClassVar[type[PixverseSwapInput]] = PixverseSwapInput
    output_model: ClassVar[type[PixverseSwapOutput]] = PixverseSwapOutput
    Input = PixverseSwapInput
    Output = PixverseSwapOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PixverseSwapOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PixverseSwapOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseSwapOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PixverseSwapOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return self._stream(payload, options)


class AsyncPixverseSwap(AsyncEndpoint[PixverseSwapInput, PixverseSwapOutput]):
    """Pixverse Swap (`fal-ai/pixverse/swap`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/pixverse/swap/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pixverse/swap"
    input_model: ClassVar[type[PixverseSwapInput]] = PixverseSwapInput
    output_model: ClassVar[type[PixverseSwapOutput]] = PixverseSwapOutput
    Input = PixverseSwapInput
    Output = PixverseSwapOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PixverseSwapOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PixverseSwapOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PixverseSwapOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        mode: Literal["person", "object", "background"] | Omit = omit,
        keyframe_id: int | Omit = omit,
        image_url: FileInput,
        resolution: Literal["360p", "540p", "720p"] | Omit = omit,
        seed: int | None | Omit = omit,
        original_sound_switch: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PixverseSwapOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the external video to swap. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            mode: The swap mode to use. Default: "person".
            keyframe_id: The keyframe ID to use for face/object mapping. The input video is
                normalized to 24 FPS before processing, so keyframe 1 = first frame, keyframe 24 = 1
                second in, etc. Valid range: 1 to (duration_seconds * 24). Default: 1. Limits:
                minimum 1.
            image_url: URL of the target image for swapping. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: The output resolution (1080p not supported). Default: "720p".
            seed: Random seed for generation.
            original_sound_switch: Whether to keep the original audio. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "mode": mode,
                "keyframe_id": keyframe_id,
                "image_url": image_url,
                "resolution": resolution,
                "seed": seed,
                "original_sound_switch": original_sound_switch,
            }
        )
        return self._stream(payload, options)
