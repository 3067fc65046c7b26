# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-vace-14b/pose` (Wan Vace 14b Pose)."""

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
from fal_models.models.wan_vace_14b_pose import WanVace14bPoseInput, WanVace14bPoseOutput

__all__ = ["WanVace14bPose", "AsyncWanVace14bPose", "WanVace14bPoseInput", "WanVace14bPoseOutput"]


class WanVace14bPose(SyncEndpoint[WanVace14bPoseInput, WanVace14bPoseOutput]):
    """Wan Vace 14b Pose (`fal-ai/wan-vace-14b/pose`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-vace-14b/pose/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vace-14b/pose"
    input_model: ClassVar[type[WanVace14bPoseInput]] = WanVace14bPoseInput
    output_model: ClassVar[type[WanVace14bPoseOutput]] = WanVace14bPoseOutput
    Input = WanVace14bPoseInput
    Output = WanVace14bPoseOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanVace14bPoseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanVace14bPoseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVace14bPoseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanVace14bPoseOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._stream(payload, options)


class AsyncWanVace14bPose(AsyncEndpoint[WanVace14bPoseInput, WanVace14bPoseOutput]):
    """Wan Vace 14b Pose (`fal-ai/wan-vace-14b/pose`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-vace-14b/pose/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-vace-14b/pose"
    input_model: ClassVar[type[WanVace14bPoseInput]] = WanVace14bPoseInput
    output_model: ClassVar[type[WanVace14bPoseOutput]] = WanVace14bPoseOutput
    Input = WanVace14bPoseInput
    Output = WanVace14bPoseOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanVace14bPoseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanVace14bPoseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanVace14bPoseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        match_input_num_frames: bool | Omit = omit,
        num_frames: int | Omit = omit,
        match_input_frames_per_second: bool | Omit = omit,
        frames_per_second: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["auto", "240p", "360p", "480p", "580p", "720p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "1:1", "9:16"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        sampler: Literal["unipc", "dpm++", "euler"] | Omit = omit,
        shift: float | Omit = omit,
        video_url: FileInput,
        ref_image_urls: list[FileInput] | Omit = omit,
        first_frame_url: FileInput | None | Omit = omit,
        last_frame_url: FileInput | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        preprocess: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        auto_downsample_min_fps: float | Omit = omit,
        interpolator_model: Literal["rife", "film"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        transparency_mode: Literal["content_aware", "white", "black"] | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanVace14bPoseOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation. For pose task, the prompt should
                describe the desired pose and action of the subject in the video.
            negative_prompt: Negative prompt for video generation. Default: "letterboxing, borders,
                black bars, bright colors, overexposed, static, blurred details, subtitles, style,
                artwork, painting, picture, still, overall gray, worst quality, low quality, JPEG
                compression residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly
                drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
                cluttered background, three legs, many people in the background, walking backwards".
            match_input_num_frames: If true, the number of frames in the generated video will match
                the number of frames in the input video. If false, the number of frames will be
                determined by the num_frames parameter. Default: false.
            num_frames: Number of frames to generate. Must be between 81 to 241 (inclusive).
                Default: 81. Limits: minimum 17, maximum 241.
            match_input_frames_per_second: If true, the frames per second of the generated video
                will match the input video. If false, the frames per second will be determined by
                the frames_per_second parameter. Default: false.
            frames_per_second: Frames per second of the generated video. Must be between 5 to 30.
                Ignored if match_input_frames_per_second is true. Default: 16. Limits: minimum 5,
                maximum 30.
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
            video_url: URL to the source video file. Required for pose task. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            ref_image_urls: URLs to source reference image. If provided, the model will use this
                image as reference. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            first_frame_url: URL to the first frame of the video. If provided, the model will use
                this frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            last_frame_url: URL to the last frame of the video. If provided, the model will use this
                frame as a reference. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: false.
            preprocess: Whether to preprocess the input video. Default: false.
            acceleration: Acceleration to use for inference. Options are 'none' or 'regular'.
                Accelerated inference will very slightly affect output, but will be significantly
                faster. Default: "regular".
            video_quality: The quality of the generated video. Default: "high".
            video_write_mode: The write mode of the generated video. Default: "balanced".
            num_interpolated_frames: Number of frames to interpolate between the original frames. A
                value of 0 means no interpolation. Default: 0. Limits: minimum 0, maximum 5.
            temporal_downsample_factor: Temporal downsample factor for the video. This is an integer
                value that determines how many frames to skip in the video. A value of 0 means no
                downsampling. For each downsample factor, one upsample factor will automatically be
                applied. Default: 0. Limits: minimum 0, maximum 5.
            enable_auto_downsample: If true, the model will automatically temporally downsample the
                video to an appropriate frame length for the model, then will interpolate it back to
                the original frame length. Default: false.
            auto_downsample_min_fps: The minimum frames per second to downsample the video to. This
                is used to help determine the auto downsample factor to try and find the lowest
                detail-preserving downsample factor. The default value is appropriate for most
                videos, if you are using a video with very fast motion, you may need to increase
                this value. If your video has a very low amount of motion, you could decrease this
                value to allow for higher downsampling and thus longer sequences. Default: 15.
                Limits: minimum 1, maximum 60.
            interpolator_model: The model to use for frame interpolation. Options are 'rife' or
                'film'. Default: "film".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            transparency_mode: The transparency mode to apply to the first and last frames. This
                controls how the transparent areas of the first and last frames are filled. Default:
                "content_aware".
            return_frames_zip: If true, also return a ZIP file containing all generated frames.
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "match_input_num_frames": match_input_num_frames,
                "num_frames": num_frames,
                "match_input_frames_per_second": match_input_frames_per_second,
                "frames_per_second": frames_per_second,
                "seed": seed,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "sampler": sampler,
                "shift": shift,
                "video_url": video_url,
                "ref_image_urls": ref_image_urls,
                "first_frame_url": first_frame_url,
                "last_frame_url": last_frame_url,
                "enable_safety_checker": enable_safety_checker,
                "enable_prompt_expansion": enable_prompt_expansion,
                "preprocess": preprocess,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "auto_downsample_min_fps": auto_downsample_min_fps,
                "interpolator_model": interpolator_model,
                "sync_mode": sync_mode,
                "transparency_mode": transparency_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._stream(payload, options)
