# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/krea-wan-14b/video-to-video` (Krea Wan 14b Video To Video)."""

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
from fal_models.models.krea_wan_14b_video_to_video import (
    KreaWan14bVideoToVideoInput,
    KreaWan14bVideoToVideoOutput,
)

__all__ = [
    "KreaWan14bVideoToVideo",
    "AsyncKreaWan14bVideoToVideo",
    "KreaWan14bVideoToVideoInput",
    "KreaWan14bVideoToVideoOutput",
]


class KreaWan14bVideoToVideo(
    SyncEndpoint[KreaWan14bVideoToVideoInput, KreaWan14bVideoToVideoOutput]
):
    """Krea Wan 14b Video To Video (`fal-ai/krea-wan-14b/video-to-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/krea-wan-14b/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/krea-wan-14b/video-to-video"
    input_model: ClassVar[type[KreaWan14bVideoToVideoInput]] = KreaWan14bVideoToVideoInput
    output_model: ClassVar[type[KreaWan14bVideoToVideoOutput]] = KreaWan14bVideoToVideoOutput
    Input = KreaWan14bVideoToVideoInput
    Output = KreaWan14bVideoToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KreaWan14bVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KreaWan14bVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KreaWan14bVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KreaWan14bVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncKreaWan14bVideoToVideo(
    AsyncEndpoint[KreaWan14bVideoToVideoInput, KreaWan14bVideoToVideoOutput]
):
    """Krea Wan 14b Video To Video (`fal-ai/krea-wan-14b/video-to-video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/krea-wan-14b/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/krea-wan-14b/video-to-video"
    input_model: ClassVar[type[KreaWan14bVideoToVideoInput]] = KreaWan14bVideoToVideoInput
    output_model: ClassVar[type[KreaWan14bVideoToVideoOutput]] = KreaWan14bVideoToVideoOutput
    Input = KreaWan14bVideoToVideoInput
    Output = KreaWan14bVideoToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KreaWan14bVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KreaWan14bVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KreaWan14bVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        strength: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        video_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KreaWan14bVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for the video-to-video generation.
            strength: Denoising strength for the video-to-video generation. 0.0 preserves the
                original, 1.0 completely remakes the video. Default: 0.85. Limits: minimum 0.01,
                maximum 1.
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            video_url: URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p
                resolution are supported. Video duration should be less than 1000 frames at 16fps,
                and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            seed: Seed for the video-to-video generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "strength": strength,
                "enable_prompt_expansion": enable_prompt_expansion,
                "video_url": video_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
