# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/cosmos-predict-2.5/video-to-video` (Cosmos Predict 2.5 Video To
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
from fal_models.models.cosmos_predict_2_5_video_to_video import (
    CosmosPredict2_5VideoToVideoInput,
    CosmosPredict2_5VideoToVideoOutput,
)

__all__ = [
    "CosmosPredict2_5VideoToVideo",
    "AsyncCosmosPredict2_5VideoToVideo",
    "CosmosPredict2_5VideoToVideoInput",
    "CosmosPredict2_5VideoToVideoOutput",
]


class CosmosPredict2_5VideoToVideo(
    SyncEndpoint[CosmosPredict2_5VideoToVideoInput, CosmosPredict2_5VideoToVideoOutput]
):
    """Cosmos Predict 2.5 Video To Video (`fal-ai/cosmos-predict-2.5/video-to-video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/cosmos-predict-2.5/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cosmos-predict-2.5/video-to-video"
    input_model: ClassVar[type[CosmosPredict2_5VideoToVideoInput]] = (
        CosmosPredict2_5VideoToVideoInput
    )
    output_model: ClassVar[type[CosmosPredict2_5VideoToVideoOutput]] = (
        CosmosPredict2_5VideoToVideoOutput
    )
    Input = CosmosPredict2_5VideoToVideoInput
    Output = CosmosPredict2_5VideoToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> CosmosPredict2_5VideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
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
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[CosmosPredict2_5VideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
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
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> CosmosPredict2_5VideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
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
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[CosmosPredict2_5VideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)


class AsyncCosmosPredict2_5VideoToVideo(
    AsyncEndpoint[CosmosPredict2_5VideoToVideoInput, CosmosPredict2_5VideoToVideoOutput]
):
    """Cosmos Predict 2.5 Video To Video (`fal-ai/cosmos-predict-2.5/video-to-video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/cosmos-predict-2.5/video-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/cosmos-predict-2.5/video-to-video"
    input_model: ClassVar[type[CosmosPredict2_5VideoToVideoInput]] = (
        CosmosPredict2_5VideoToVideoInput
    )
    output_model: ClassVar[type[CosmosPredict2_5VideoToVideoOutput]] = (
        CosmosPredict2_5VideoToVideoOutput
    )
    Input = CosmosPredict2_5VideoToVideoInput
    Output = CosmosPredict2_5VideoToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_frames: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> CosmosPredict2_5VideoToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
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
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[CosmosPredict2_5VideoToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
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
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> CosmosPredict2_5VideoToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
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
        sync_mode: bool | Omit = omit,
        video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[CosmosPredict2_5VideoToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the video to generate.
            negative_prompt: A negative prompt to guide generation away from undesired content.
                Default: "The video captures a series of frames showing ugly scenes, static with no
                motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
                pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color
                balance, washed out colors, choppy sequences, jerky movements, low frame rate,
                artifacting, color banding, unnatural transitions, outdated special effects, fake
                elements, unconvincing visuals, poorly edited content, jump cuts, visual noise, and
                flickering. Overall, the video is of poor quality.".
            num_frames: Number of frames to generate. Must be between 9 and 93. Default: 93. Limits:
                minimum 9, maximum 93.
            num_inference_steps: Number of denoising steps. More steps yield higher quality but take
                longer. Default: 35. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Higher values increase prompt adherence.
                Default: 7. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            video_output_type: The format of the output video. Default: "X264 (.mp4)".
            video_quality: The quality of the output video. Default: "high".
            video_url: URL of the input video to use as conditioning. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
                "sync_mode": sync_mode,
                "video_output_type": video_output_type,
                "video_quality": video_quality,
                "video_url": video_url,
            }
        )
        return self._stream(payload, options)
