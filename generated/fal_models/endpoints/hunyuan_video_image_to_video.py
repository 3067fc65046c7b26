# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-video-image-to-video` (Hunyuan Video Image To Video)."""

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
from fal_models.models.hunyuan_video_image_to_video import (
    HunyuanVideoImageToVideoInput,
    HunyuanVideoImageToVideoOutput,
)

__all__ = [
    "HunyuanVideoImageToVideo",
    "AsyncHunyuanVideoImageToVideo",
    "HunyuanVideoImageToVideoInput",
    "HunyuanVideoImageToVideoOutput",
]


class HunyuanVideoImageToVideo(
    SyncEndpoint[HunyuanVideoImageToVideoInput, HunyuanVideoImageToVideoOutput]
):
    """Hunyuan Video Image To Video (`fal-ai/hunyuan-video-image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-image-to-video"
    input_model: ClassVar[type[HunyuanVideoImageToVideoInput]] = HunyuanVideoImageToVideoInput
    output_model: ClassVar[type[HunyuanVideoImageToVideoOutput]] = HunyuanVideoImageToVideoOutput
    Input = HunyuanVideoImageToVideoInput
    Output = HunyuanVideoImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanVideoImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanVideoImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanVideoImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanVideoImageToVideo(
    AsyncEndpoint[HunyuanVideoImageToVideoInput, HunyuanVideoImageToVideoOutput]
):
    """Hunyuan Video Image To Video (`fal-ai/hunyuan-video-image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-image-to-video"
    input_model: ClassVar[type[HunyuanVideoImageToVideoInput]] = HunyuanVideoImageToVideoInput
    output_model: ClassVar[type[HunyuanVideoImageToVideoOutput]] = HunyuanVideoImageToVideoOutput
    Input = HunyuanVideoImageToVideoInput
    Output = HunyuanVideoImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanVideoImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanVideoImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16"] | Omit = omit,
        resolution: Literal["720p"] | Omit = omit,
        num_frames: Literal["129"] | Omit = omit,
        i2v_stability: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanVideoImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from. Limits: max length 1000.
            image_url: URL of the image input. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            seed: The seed to use for generating the video.
            aspect_ratio: The aspect ratio of the video to generate. Default: "16:9".
            resolution: The resolution of the video to generate. Default: "720p".
            num_frames: The number of frames to generate. Default: "129".
            i2v_stability: Turning on I2V Stability reduces hallucination but also reduces motion.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "num_frames": num_frames,
                "i2v_stability": i2v_stability,
            }
        )
        return self._stream(payload, options)
