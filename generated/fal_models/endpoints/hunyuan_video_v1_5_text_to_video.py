# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-video-v1.5/text-to-video` (Hunyuan Video V1.5 Text To
Video).
"""

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
from fal_models.models.hunyuan_video_v1_5_text_to_video import (
    HunyuanVideoV1_5TextToVideoInput,
    HunyuanVideoV1_5TextToVideoOutput,
)

__all__ = [
    "HunyuanVideoV1_5TextToVideo",
    "AsyncHunyuanVideoV1_5TextToVideo",
    "HunyuanVideoV1_5TextToVideoInput",
    "HunyuanVideoV1_5TextToVideoOutput",
]


class HunyuanVideoV1_5TextToVideo(
    SyncEndpoint[HunyuanVideoV1_5TextToVideoInput, HunyuanVideoV1_5TextToVideoOutput]
):
    """Hunyuan Video V1.5 Text To Video (`fal-ai/hunyuan-video-v1.5/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-v1.5/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-v1.5/text-to-video"
    input_model: ClassVar[type[HunyuanVideoV1_5TextToVideoInput]] = HunyuanVideoV1_5TextToVideoInput
    output_model: ClassVar[type[HunyuanVideoV1_5TextToVideoOutput]] = (
        HunyuanVideoV1_5TextToVideoOutput
    )
    Input = HunyuanVideoV1_5TextToVideoInput
    Output = HunyuanVideoV1_5TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanVideoV1_5TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanVideoV1_5TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoV1_5TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanVideoV1_5TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanVideoV1_5TextToVideo(
    AsyncEndpoint[HunyuanVideoV1_5TextToVideoInput, HunyuanVideoV1_5TextToVideoOutput]
):
    """Hunyuan Video V1.5 Text To Video (`fal-ai/hunyuan-video-v1.5/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-v1.5/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-v1.5/text-to-video"
    input_model: ClassVar[type[HunyuanVideoV1_5TextToVideoInput]] = HunyuanVideoV1_5TextToVideoInput
    output_model: ClassVar[type[HunyuanVideoV1_5TextToVideoOutput]] = (
        HunyuanVideoV1_5TextToVideoOutput
    )
    Input = HunyuanVideoV1_5TextToVideoInput
    Output = HunyuanVideoV1_5TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanVideoV1_5TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanVideoV1_5TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoV1_5TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p"] | Omit = omit,
        num_frames: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanVideoV1_5TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video.
            negative_prompt: The negative prompt to guide what not to generate. Default: "".
            num_inference_steps: The number of inference steps. Default: 28. Limits: minimum 1,
                maximum 50.
            seed: Random seed for reproducibility.
            aspect_ratio: The aspect ratio of the video. Default: "16:9".
            resolution: The resolution of the video. Default: "480p".
            num_frames: The number of frames to generate. Default: 121. Limits: minimum 1, maximum
                121.
            enable_prompt_expansion: Enable prompt expansion to enhance the input prompt. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)
