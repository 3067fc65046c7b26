# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-vision-enhancer` (Wan Vision Enhancer)."""

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
from fal_models.models.wan_vision_enhancer import WanVisionEnhancerInput, WanVisionEnhancerOutput

__all__ = [
    "WanVisionEnhancer",
    "AsyncWanVisionEnhancer",
    "WanVisionEnhancerInput",
    "WanVisionEnhancerOutput",
]


class WanVisionEnhancer(SyncEndpoint[WanVisionEnhancerInput, WanVisionEnhancerOutput]):
    """Wan Vision Enhancer (`fal-ai/wan-vision-enhancer`).

    Input parameters for Wan Vision Enhancer (Video-to-Video)

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-vision-enhancer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vision-enhancer"
    input_model: ClassVar[type[WanVisionEnhancerInput]] = WanVisionEnhancerInput
    output_model: ClassVar[type[WanVisionEnhancerOutput]] = WanVisionEnhancerOutput
    Input = WanVisionEnhancerInput
    Output = WanVisionEnhancerOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanVisionEnhancerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanVisionEnhancerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVisionEnhancerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanVisionEnhancerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncWanVisionEnhancer(AsyncEndpoint[WanVisionEnhancerInput, WanVisionEnhancerOutput]):
    """Wan Vision Enhancer (`fal-ai/wan-vision-enhancer`).

    Input parameters for Wan Vision Enhancer (Video-to-Video)

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-vision-enhancer/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vision-enhancer"
    input_model: ClassVar[type[WanVisionEnhancerInput]] = WanVisionEnhancerInput
    output_model: ClassVar[type[WanVisionEnhancerOutput]] = WanVisionEnhancerOutput
    Input = WanVisionEnhancerInput
    Output = WanVisionEnhancerOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanVisionEnhancerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanVisionEnhancerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVisionEnhancerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["720p", "1080p"] | Omit = omit,
        creativity: int | Omit = omit,
        prompt: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanVisionEnhancerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to enhance with Wan Video. Maximum 200MB file size.
                Videos longer than 500 frames will have only the first 500 frames processed (~8-21
                seconds depending on fps). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            target_resolution: Target output resolution for the enhanced video. 720p (native, fast)
                or 1080p (upscaled, slower). Processing is always done at 720p, then upscaled if
                1080p selected. Default: "720p".
            creativity: Controls how much the model enhances/changes the video. 0 = Minimal change
                (preserves original), 1 = Subtle enhancement (default), 2 = Medium enhancement, 3 =
                Strong enhancement, 4 = Maximum enhancement. Default: 1. Limits: minimum 0, maximum
                4.
            prompt: Optional prompt to prepend to the VLM-generated description. Leave empty to use
                only the auto-generated description from the video.
            negative_prompt: Negative prompt to avoid unwanted features. Default: "oversaturated,
                overexposed, static, blurry details, subtitles, stylized, artwork, painting, still
                frame, overall gray, worst quality, low quality, JPEG artifacts, ugly, mutated,
                extra fingers, poorly drawn hands, poorly drawn face, deformed, disfigured,
                malformed limbs, fused fingers, static motion, cluttered background, three legs,
                crowded background, walking backwards".
            seed: Random seed for reproducibility. If not provided, a random seed will be used.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "creativity": creativity,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
