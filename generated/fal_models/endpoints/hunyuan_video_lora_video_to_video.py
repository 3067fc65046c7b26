# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-video-lora/video-to-video` (Hunyuan Video Lora Video To
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
from fal_models._uploads import FileInput
from fal_models.models.hunyuan_video_lora_video_to_video import (
    HunyuanVideoLoraVideoToVideoInput,
    HunyuanVideoLoraVideoToVideoOutput,
    LoraWeight,
)

__all__ = [
    "HunyuanVideoLoraVideoToVideo",
    "AsyncHunyuanVideoLoraVideoToVideo",
    "HunyuanVideoLoraVideoToVideoInput",
    "HunyuanVideoLoraVideoToVideoOutput",
]


class HunyuanVideoLoraVideoToVideo(
    SyncEndpoint[HunyuanVideoLoraVideoToVideoInput, HunyuanVideoLoraVideoToVideoOutput]
):
    """Hunyuan Video Lora Video To Video (`fal-ai/hunyuan-video-lora/video-to-video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/hunyuan-video-lora/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-lora/video-to-video"
    input_model: ClassVar[type[HunyuanVideoLoraVideoToVideoInput]] = (
        HunyuanVideoLoraVideoToVideoInput
    )
    output_model: ClassVar[type[HunyuanVideoLoraVideoToVideoOutput]] = (
        HunyuanVideoLoraVideoToVideoOutput
    )
    Input = HunyuanVideoLoraVideoToVideoInput
    Output = HunyuanVideoLoraVideoToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanVideoLoraVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanVideoLoraVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoLoraVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanVideoLoraVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanVideoLoraVideoToVideo(
    AsyncEndpoint[HunyuanVideoLoraVideoToVideoInput, HunyuanVideoLoraVideoToVideoOutput]
):
    """Hunyuan Video Lora Video To Video (`fal-ai/hunyuan-video-lora/video-to-video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/hunyuan-video-lora/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-lora/video-to-video"
    input_model: ClassVar[type[HunyuanVideoLoraVideoToVideoInput]] = (
        HunyuanVideoLoraVideoToVideoInput
    )
    output_model: ClassVar[type[HunyuanVideoLoraVideoToVideoOutput]] = (
        HunyuanVideoLoraVideoToVideoOutput
    )
    Input = HunyuanVideoLoraVideoToVideoInput
    Output = HunyuanVideoLoraVideoToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanVideoLoraVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanVideoLoraVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoLoraVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        pro_mode: bool | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_frames: Literal["129", "85"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        video_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanVideoLoraVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            seed: The seed to use for generating the video.
            pro_mode: By default, generations are done with 35 steps. Pro mode does 55 steps which
                results in higher quality videos but will take more time and cost 2x more billing
                units. Default: false.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            strength: Strength of video-to-video. Default: 0.75. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "pro_mode": pro_mode,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "enable_safety_checker": enable_safety_checker,
                "loras": loras,
                "video_url": video_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
