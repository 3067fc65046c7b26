# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/editto` (Editto)."""

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
from fal_models.models.editto import EdittoInput, EdittoOutput

__all__ = ["Editto", "AsyncEditto", "EdittoInput", "EdittoOutput"]


class Editto(SyncEndpoint[EdittoInput, EdittoOutput]):
    """Editto (`fal-ai/editto`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/editto/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/editto"
    input_model: ClassVar[type[EdittoInput]] = EdittoInput
    output_model: ClassVar[type[EdittoOutput]] = EdittoOutput
    Input = EdittoInput
    Output = EdittoOutput

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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> EdittoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[EdittoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EdittoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[EdittoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._stream(payload, options)


class AsyncEditto(AsyncEndpoint[EdittoInput, EdittoOutput]):
    """Editto (`fal-ai/editto`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/editto/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/editto"
    input_model: ClassVar[type[EdittoInput]] = EdittoInput
    output_model: ClassVar[type[EdittoOutput]] = EdittoOutput
    Input = EdittoInput
    Output = EdittoOutput

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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> EdittoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[EdittoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> EdittoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
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
        enable_safety_checker: bool | Omit = omit,
        acceleration: Literal["none", "low", "regular"] | None | Omit = omit,
        video_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        video_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        num_interpolated_frames: int | Omit = omit,
        temporal_downsample_factor: int | Omit = omit,
        enable_auto_downsample: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        return_frames_zip: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[EdittoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
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
            video_url: URL to the source video file. Required for inpainting. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
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
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "enable_safety_checker": enable_safety_checker,
                "acceleration": acceleration,
                "video_quality": video_quality,
                "video_write_mode": video_write_mode,
                "num_interpolated_frames": num_interpolated_frames,
                "temporal_downsample_factor": temporal_downsample_factor,
                "enable_auto_downsample": enable_auto_downsample,
                "sync_mode": sync_mode,
                "return_frames_zip": return_frames_zip,
            }
        )
        return self._stream(payload, options)
