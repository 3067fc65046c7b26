# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-animatediff/turbo/text-to-video` (Fast Animatediff Turbo Text
To Video).
"""

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
from fal_models.models import shared
from fal_models.models.fast_animatediff_turbo_text_to_video import (
    FastAnimatediffTurboTextToVideoInput,
    FastAnimatediffTurboTextToVideoOutput,
    VideoSizePreset,
)

__all__ = [
    "FastAnimatediffTurboTextToVideo",
    "AsyncFastAnimatediffTurboTextToVideo",
    "FastAnimatediffTurboTextToVideoInput",
    "FastAnimatediffTurboTextToVideoOutput",
]


class FastAnimatediffTurboTextToVideo(
    SyncEndpoint[FastAnimatediffTurboTextToVideoInput, FastAnimatediffTurboTextToVideoOutput]
):
    """Fast Animatediff Turbo Text To Video (`fal-ai/fast-animatediff/turbo/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/fast-animatediff/turbo/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-animatediff/turbo/text-to-video"
    input_model: ClassVar[type[FastAnimatediffTurboTextToVideoInput]] = (
        FastAnimatediffTurboTextToVideoInput
    )
    output_model: ClassVar[type[FastAnimatediffTurboTextToVideoOutput]] = (
        FastAnimatediffTurboTextToVideoOutput
    )
    Input = FastAnimatediffTurboTextToVideoInput
    Output = FastAnimatediffTurboTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastAnimatediffTurboTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastAnimatediffTurboTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastAnimatediffTurboTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastAnimatediffTurboTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return self._stream(payload, options)


class AsyncFastAnimatediffTurboTextToVideo(
    AsyncEndpoint[FastAnimatediffTurboTextToVideoInput, FastAnimatediffTurboTextToVideoOutput]
):
    """Fast Animatediff Turbo Text To Video (`fal-ai/fast-animatediff/turbo/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/fast-animatediff/turbo/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-animatediff/turbo/text-to-video"
    input_model: ClassVar[type[FastAnimatediffTurboTextToVideoInput]] = (
        FastAnimatediffTurboTextToVideoInput
    )
    output_model: ClassVar[type[FastAnimatediffTurboTextToVideoOutput]] = (
        FastAnimatediffTurboTextToVideoOutput
    )
    Input = FastAnimatediffTurboTextToVideoInput
    Output = FastAnimatediffTurboTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastAnimatediffTurboTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastAnimatediffTurboTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastAnimatediffTurboTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastAnimatediffTurboTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the video. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_frames: The number of frames to generate for the video. Default: 16. Limits: minimum
                1, maximum 32.
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 8. Limits: minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            video_size: The size of the video to generate. Default: "square".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_frames": num_frames,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
                "video_size": video_size,
            }
        )
        return self._stream(payload, options)
