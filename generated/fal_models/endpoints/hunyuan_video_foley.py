# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-video-foley` (Hunyuan Video Foley)."""

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
from fal_models.models.hunyuan_video_foley import HunyuanVideoFoleyInput, HunyuanVideoFoleyOutput

__all__ = [
    "HunyuanVideoFoley",
    "AsyncHunyuanVideoFoley",
    "HunyuanVideoFoleyInput",
    "HunyuanVideoFoleyOutput",
]


class HunyuanVideoFoley(SyncEndpoint[HunyuanVideoFoleyInput, HunyuanVideoFoleyOutput]):
    """Hunyuan Video Foley (`fal-ai/hunyuan-video-foley`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-foley/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-foley"
    input_model: ClassVar[type[HunyuanVideoFoleyInput]] = HunyuanVideoFoleyInput
    output_model: ClassVar[type[HunyuanVideoFoleyOutput]] = HunyuanVideoFoleyOutput
    Input = HunyuanVideoFoleyInput
    Output = HunyuanVideoFoleyOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanVideoFoleyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanVideoFoleyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoFoleyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanVideoFoleyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanVideoFoley(AsyncEndpoint[HunyuanVideoFoleyInput, HunyuanVideoFoleyOutput]):
    """Hunyuan Video Foley (`fal-ai/hunyuan-video-foley`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-foley/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-foley"
    input_model: ClassVar[type[HunyuanVideoFoleyInput]] = HunyuanVideoFoleyInput
    output_model: ClassVar[type[HunyuanVideoFoleyOutput]] = HunyuanVideoFoleyOutput
    Input = HunyuanVideoFoleyInput
    Output = HunyuanVideoFoleyOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanVideoFoleyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanVideoFoleyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoFoleyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        text_prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanVideoFoleyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate audio for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            text_prompt: Text description of the desired audio (optional).
            negative_prompt: Negative prompt to avoid certain audio characteristics. Default:
                "noisy, harsh".
            guidance_scale: Guidance scale for audio generation. Default: 4.5. Limits: minimum 1,
                maximum 10.
            num_inference_steps: Number of inference steps for generation. Default: 50. Limits:
                minimum 10, maximum 100.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "text_prompt": text_prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
