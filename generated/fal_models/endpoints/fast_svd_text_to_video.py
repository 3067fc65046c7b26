# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-svd/text-to-video` (Fast Svd Text To Video)."""

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
from fal_models.models import shared
from fal_models.models.fast_svd_text_to_video import (
    FastSvdTextToVideoInput,
    FastSvdTextToVideoOutput,
    VideoSizePreset,
)

__all__ = [
    "FastSvdTextToVideo",
    "AsyncFastSvdTextToVideo",
    "FastSvdTextToVideoInput",
    "FastSvdTextToVideoOutput",
]


class FastSvdTextToVideo(SyncEndpoint[FastSvdTextToVideoInput, FastSvdTextToVideoOutput]):
    """Fast Svd Text To Video (`fal-ai/fast-svd/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/fast-svd/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-svd/text-to-video"
    input_model: ClassVar[type[FastSvdTextToVideoInput]] = FastSvdTextToVideoInput
    output_model: ClassVar[type[FastSvdTextToVideoOutput]] = FastSvdTextToVideoOutput
    Input = FastSvdTextToVideoInput
    Output = FastSvdTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastSvdTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastSvdTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSvdTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastSvdTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return self._stream(payload, options)


class AsyncFastSvdTextToVideo(AsyncEndpoint[FastSvdTextToVideoInput, FastSvdTextToVideoOutput]):
    """Fast Svd Text To Video (`fal-ai/fast-svd/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/fast-svd/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-svd/text-to-video"
    input_model: ClassVar[type[FastSvdTextToVideoInput]] = FastSvdTextToVideoInput
    output_model: ClassVar[type[FastSvdTextToVideoOutput]] = FastSvdTextToVideoOutput
    Input = FastSvdTextToVideoInput
    Output = FastSvdTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastSvdTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastSvdTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSvdTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        deep_cache: Literal["none", "minimum", "medium", "high"] | Omit = omit,
        fps: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastSvdTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use as a starting point for the generation.
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 20. Limits: minimum 1, maximum
                100.
            deep_cache: This parameter is deprecated and has no effect. It is kept for backwards
                compatibility. Default: "none".
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            negative_prompt: The negative prompt to use as a starting point for the generation.
                Default: "unrealistic, saturated, high contrast, big nose, painting, drawing,
                sketch, cartoon, anime, manga, render, CG, 3d, watermark, signature, label".
            video_size: The size of the generated video. Default: "landscape_16_9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "deep_cache": deep_cache,
                "fps": fps,
                "negative_prompt": negative_prompt,
                "video_size": video_size,
            }
        )
        return self._stream(payload, options)
