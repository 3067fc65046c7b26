# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-animatediff/turbo/video-to-video` (Fast Animatediff Turbo
Video To Video).
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
from fal_models._uploads import FileInput
from fal_models.models.fast_animatediff_turbo_video_to_video import (
    FastAnimatediffTurboVideoToVideoInput,
    FastAnimatediffTurboVideoToVideoOutput,
)

__all__ = [
    "FastAnimatediffTurboVideoToVideo",
    "AsyncFastAnimatediffTurboVideoToVideo",
    "FastAnimatediffTurboVideoToVideoInput",
    "FastAnimatediffTurboVideoToVideoOutput",
]


class FastAnimatediffTurboVideoToVideo(
    SyncEndpoint[FastAnimatediffTurboVideoToVideoInput, FastAnimatediffTurboVideoToVideoOutput]
):
    """Fast Animatediff Turbo Video To Video (`fal-ai/fast-animatediff/turbo/video-to-video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/fast-animatediff/turbo/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-animatediff/turbo/video-to-video"
    input_model: ClassVar[type[FastAnimatediffTurboVideoToVideoInput]] = (
        FastAnimatediffTurboVideoToVideoInput
    )
    output_model: ClassVar[type[FastAnimatediffTurboVideoToVideoOutput]] = (
        FastAnimatediffTurboVideoToVideoOutput
    )
    Input = FastAnimatediffTurboVideoToVideoInput
    Output = FastAnimatediffTurboVideoToVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastAnimatediffTurboVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastAnimatediffTurboVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastAnimatediffTurboVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastAnimatediffTurboVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return self._stream(payload, options)


class AsyncFastAnimatediffTurboVideoToVideo(
    AsyncEndpoint[FastAnimatediffTurboVideoToVideoInput, FastAnimatediffTurboVideoToVideoOutput]
):
    """Fast Animatediff Turbo Video To Video (`fal-ai/fast-animatediff/turbo/video-to-video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/fast-animatediff/turbo/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-animatediff/turbo/video-to-video"
    input_model: ClassVar[type[FastAnimatediffTurboVideoToVideoInput]] = (
        FastAnimatediffTurboVideoToVideoInput
    )
    output_model: ClassVar[type[FastAnimatediffTurboVideoToVideoOutput]] = (
        FastAnimatediffTurboVideoToVideoOutput
    )
    Input = FastAnimatediffTurboVideoToVideoInput
    Output = FastAnimatediffTurboVideoToVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastAnimatediffTurboVideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastAnimatediffTurboVideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastAnimatediffTurboVideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        first_n_seconds: int | Omit = omit,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastAnimatediffTurboVideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            first_n_seconds: The first N number of seconds of video to animate. Default: 3. Limits:
                minimum 2, maximum 4.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "(bad quality, worst
                quality:1.2), ugly faces, bad anime".
            num_inference_steps: The number of inference steps to perform. 4-12 is recommended for
                turbo mode. Default: 12. Limits: minimum 1, maximum 50.
            strength: The strength of the input video in the final output. Default: 0.7. Limits:
                minimum 0, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            fps: Number of frames per second to extract from the video. Default: 8. Limits: minimum
                1, maximum 16.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "first_n_seconds": first_n_seconds,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "fps": fps,
            }
        )
        return self._stream(payload, options)
