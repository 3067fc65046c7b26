# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-vace-apps/long-reframe` (Wan Vace Apps Long Reframe)."""

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
from fal_models.models.wan_vace_apps_long_reframe import (
    WanVaceAppsLongReframeInput,
    WanVaceAppsLongReframeOutput,
)

__all__ = [
    "WanVaceAppsLongReframe",
    "AsyncWanVaceAppsLongReframe",
    "WanVaceAppsLongReframeInput",
    "WanVaceAppsLongReframeOutput",
]


class WanVaceAppsLongReframe(
    SyncEndpoint[WanVaceAppsLongReframeInput, WanVaceAppsLongReframeOutput]
):
    """Wan Vace Apps Long Reframe (`fal-ai/wan-vace-apps/long-reframe`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-vace-apps/long-reframe/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vace-apps/long-reframe"
    input_model: ClassVar[type[WanVaceAppsLongReframeInput]] = WanVaceAppsLongReframeInput
    output_model: ClassVar[type[WanVaceAppsLongReframeOutput]] = WanVaceAppsLongReframeOutput
    Input = WanVaceAppsLongReframeInput
    Output = WanVaceAppsLongReframeOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanVaceAppsLongReframeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanVaceAppsLongReframeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVaceAppsLongReframeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanVaceAppsLongReframeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return self._stream(payload, options)


class AsyncWanVaceAppsLongReframe(
    AsyncEndpoint[WanVaceAppsLongReframeInput, WanVaceAppsLongReframeOutput]
):
    """Wan Vace Apps Long Reframe (`fal-ai/wan-vace-apps/long-reframe`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-vace-apps/long-reframe/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vace-apps/long-reframe"
    input_model: ClassVar[type[WanVaceAppsLongReframeInput]] = WanVaceAppsLongReframeInput
    output_model: ClassVar[type[WanVaceAppsLongReframeOutput]] = WanVaceAppsLongReframeOutput
    Input = WanVaceAppsLongReframeInput
    Output = WanVaceAppsLongReframeOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanVaceAppsLongReframeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanVaceAppsLongReframeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVaceAppsLongReframeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        zoom_factor: float | Omit = omit,
        trim_borders: bool | Omit = omit,
        scene_threshold: float | Omit = omit,
        paste_back: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanVaceAppsLongReframeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation. Optional for reframing. Default: "".
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video. Default: "auto".
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 30. Limits: minimum 2, maximum 50.
            guidance_scale: Guidance scale for classifier-free guidance. Higher values encourage the
                model to generate images closely related to the text prompt. Default: 5. Limits:
                minimum 1, maximum 10.
            sampler: Sampler to use for video generation. Default: "unipc".
            shift: Shift parameter for video generation. Default: 5. Limits: minimum 1, maximum 15.
            video_url: URL to the source video file. This video will be used as a reference for the
                reframe task. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            enable_auto_downsample: Whether to enable auto downsample. Default: true.
            auto_downsample_min_fps: Minimum FPS for auto downsample. Default: 6. Limits: minimum 1,
                maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            zoom_factor: Zoom factor for the video. When this value is greater than 0, the video
                will be zoomed in by this factor (in relation to the canvas size,) cutting off the
                edges of the video. A value of 0 means no zoom. Default: 0. Limits: minimum 0,
                maximum 0.9.
            trim_borders: Whether to trim borders from the video. Default: true.
            scene_threshold: Threshold for scene detection sensitivity (0-100). Lower values detect
                more scenes. Default: 30. Limits: minimum 0, maximum 100.
            paste_back: Whether to paste back the reframed scene to the original video. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
                "zoom_factor": zoom_factor,
                "trim_borders": trim_borders,
                "scene_threshold": scene_threshold,
                "paste_back": paste_back,
            }
        )
        return self._stream(payload, options)
