# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-animatediff/text-to-video` (Fast Animatediff Text To Video)."""

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
from fal_models.models.fast_animatediff_text_to_video import (
    FastAnimatediffTextToVideoInput,
    FastAnimatediffTextToVideoOutput,
    MotionsPreset,
    VideoSizePreset,
)

__all__ = [
    "FastAnimatediffTextToVideo",
    "AsyncFastAnimatediffTextToVideo",
    "FastAnimatediffTextToVideoInput",
    "FastAnimatediffTextToVideoOutput",
]


class FastAnimatediffTextToVideo(
    SyncEndpoint[FastAnimatediffTextToVideoInput, FastAnimatediffTextToVideoOutput]
):
    """Fast Animatediff Text To Video (`fal-ai/fast-animatediff/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/fast-animatediff/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-animatediff/text-to-video"
    input_model: ClassVar[type[FastAnimatediffTextToVideoInput]] = FastAnimatediffTextToVideoInput
    output_model: ClassVar[type[FastAnimatediffTextToVideoOutput]] = (
        FastAnimatediffTextToVideoOutput
    )
    Input = FastAnimatediffTextToVideoInput
    Output = FastAnimatediffTextToVideoOutput

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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastAnimatediffTextToVideoOutput:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastAnimatediffTextToVideoOutput]:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastAnimatediffTextToVideoOutput:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastAnimatediffTextToVideoOutput]:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
                "video_size": video_size,
            }
        )
        return self._stream(payload, options)


class AsyncFastAnimatediffTextToVideo(
    AsyncEndpoint[FastAnimatediffTextToVideoInput, FastAnimatediffTextToVideoOutput]
):
    """Fast Animatediff Text To Video (`fal-ai/fast-animatediff/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/fast-animatediff/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-animatediff/text-to-video"
    input_model: ClassVar[type[FastAnimatediffTextToVideoInput]] = FastAnimatediffTextToVideoInput
    output_model: ClassVar[type[FastAnimatediffTextToVideoOutput]] = (
        FastAnimatediffTextToVideoOutput
    )
    Input = FastAnimatediffTextToVideoInput
    Output = FastAnimatediffTextToVideoOutput

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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastAnimatediffTextToVideoOutput:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastAnimatediffTextToVideoOutput]:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastAnimatediffTextToVideoOutput:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
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
        motions: list[MotionsPreset] | Omit = omit,
        video_size: shared.ImageSize | VideoSizePreset | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastAnimatediffTextToVideoOutput]:
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
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 50.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            motions: The motions to apply to the video.
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
                "motions": motions,
                "video_size": video_size,
            }
        )
        return self._stream(payload, options)
