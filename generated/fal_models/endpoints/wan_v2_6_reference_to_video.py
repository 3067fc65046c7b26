# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `wan/v2.6/reference-to-video` (Wan V2.6 Reference To Video)."""

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
from fal_models.models.wan_v2_6_reference_to_video import (
    WanV2_6ReferenceToVideoInput,
    WanV2_6ReferenceToVideoOutput,
)

__all__ = [
    "WanV2_6ReferenceToVideo",
    "AsyncWanV2_6ReferenceToVideo",
    "WanV2_6ReferenceToVideoInput",
    "WanV2_6ReferenceToVideoOutput",
]


class WanV2_6ReferenceToVideo(
    SyncEndpoint[WanV2_6ReferenceToVideoInput, WanV2_6ReferenceToVideoOutput]
):
    """Wan V2.6 Reference To Video (`wan/v2.6/reference-to-video`).

    Input for Wan 2.6 reference-to-video generation (R2V)

    Category: image-to-video. Docs: https://fal.ai/models/wan/v2.6/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/reference-to-video"
    input_model: ClassVar[type[WanV2_6ReferenceToVideoInput]] = WanV2_6ReferenceToVideoInput
    output_model: ClassVar[type[WanV2_6ReferenceToVideoOutput]] = WanV2_6ReferenceToVideoOutput
    Input = WanV2_6ReferenceToVideoInput
    Output = WanV2_6ReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_6ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_6ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_6ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_6ReferenceToVideo(
    AsyncEndpoint[WanV2_6ReferenceToVideoInput, WanV2_6ReferenceToVideoOutput]
):
    """Wan V2.6 Reference To Video (`wan/v2.6/reference-to-video`).

    Input for Wan 2.6 reference-to-video generation (R2V)

    Category: image-to-video. Docs: https://fal.ai/models/wan/v2.6/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/reference-to-video"
    input_model: ClassVar[type[WanV2_6ReferenceToVideoInput]] = WanV2_6ReferenceToVideoInput
    output_model: ClassVar[type[WanV2_6ReferenceToVideoOutput]] = WanV2_6ReferenceToVideoOutput
    Input = WanV2_6ReferenceToVideoInput
    Output = WanV2_6ReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_6ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_6ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_urls: list[FileInput],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal["5", "10"] | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_6ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for
                people, animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.'
                Max 800 characters. Limits: min length 1.
            video_urls: Reference videos for subject consistency (1-3 videos). Videos' FPS must be
                at least 16 FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people,
                animals, or objects. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            resolution: Video resolution tier. R2V only supports 720p and 1080p (no 480p). Default:
                "1080p".
            duration: Duration of the generated video in seconds. R2V supports only 5 or 10 seconds
                (no 15s). Default: "5".
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
                Default: "".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Default: true.
            multi_shots: When true (default), enables intelligent multi-shot segmentation for
                coherent narrative videos with multiple shots. When false, generates single
                continuous shot. Only active when enable_prompt_expansion is True. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_urls": video_urls,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "negative_prompt": negative_prompt,
                "enable_prompt_expansion": enable_prompt_expansion,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
