# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class LoRAInput(InputModel):
    """LoRA weight configuration."""

    path: str
    """URL, HuggingFace repo ID (owner/repo) to lora weights."""
    weight_name: str | None | MISSING = MISSING
    """Name of the LoRA weight. Only used if `path` is a HuggingFace repository, and is only
    required when the repository contains multiple LoRA weights.
    """
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """Scale factor for LoRA application (0.0 to 4.0)."""


class Ltx2_3_22bAudioToVideoLoraInput(InputModel):
    prompt: str
    """The prompt to generate the video from."""
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the audio to generate the video from."""
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Optional URL of an image to use as the first frame of the video."""
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """The URL of the image to use as the end of the video."""
    match_audio_length: bool = True
    """When enabled, the number of frames will be calculated based on the audio duration and FPS.
    When disabled, use the specified num_frames.
    """
    num_frames: Annotated[int, Field(ge=9, le=481)] = 121
    """The number of frames to generate."""
    video_size: Annotated[shared.ImageSize | VideoSizePreset, Field(validate_default=True)] = (
        "landscape_16_9"
    )
    """The size of the generated video. Use 'auto' to match the input image dimensions if
    provided.
    """
    use_multiscale: bool = True
    """Whether to use multi-scale generation. If True, the model will generate the video at a
    smaller scale first, then use the smaller video to guide the generation of a video at or
    above your requested size. This results in better coherence and details.
    """
    fps: Annotated[float, Field(ge=1.0, le=60.0)] = 24
    """The frames per second of the generated video."""
    num_inference_steps: Annotated[int, Field(ge=8, le=50)] = 40
    """The number of inference steps to use."""
    video_cfg_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 3
    """The Classifier-Free Guidance (CFG) scale for the video. Higher values result in more
    consistent and focused video content.
    """
    video_stg_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 0
    """The Spatiotemporal Guidance (STG) scale for the video. Higher values result in more
    consistent and focused video content.
    """
    video_rescaling_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.7
    """The rescaling scale for the video. Controls the ratio between classifier-free guidance and
    spatiotemporal guidance.
    """
    video_modality_scale: Annotated[float, Field(ge=0.0, le=10.0)] = 3
    """The modality scale for the video. Controls the ratio between video and audio modalities."""
    audio_cfg_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 7
    """The Classifier-Free Guidance (CFG) scale for the audio. Higher values result in more
    consistent and focused audio content.
    """
    audio_stg_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 0
    """The Spatiotemporal Guidance (STG) scale for the audio. Higher values result in more
    consistent and focused audio content.
    """
    audio_rescaling_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.7
    """The rescaling scale for the audio. Controls the ratio between classifier-free guidance and
    spatiotemporal guidance.
    """
    audio_modality_scale: Annotated[float, Field(ge=0.0, le=10.0)] = 3
    """The modality scale for the audio. Controls the ratio between video and audio modalities."""
    gradient_estimation_gamma: Annotated[float, Field(ge=0.0, le=10.0)] = 2
    """The gamma of gradient estimation during denoising. Set to 0 to disable."""
    use_restart_sampling: bool = False
    """Whether to use restart sampling. This will inject a small amount of noise during each
    denoising step, which can help improve the quality of the generated video.
    """
    scheduler: Literal["ltx2", "linear_quadratic", "beta"] = "ltx2"
    """The scheduler to use."""
    acceleration: Literal["none", "regular", "high", "full"] = "regular"
    """The acceleration level to use."""
    camera_lora: Literal[
        "dolly_in", "dolly_out", "dolly_left", "dolly_right", "jib_up", "jib_down", "static", "none"
    ] = "none"
    """The camera LoRA to use. This allows you to control the camera movement of the generated
    video more accurately than just prompting the model to move the camera.
    """
    camera_lora_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """The scale of the camera LoRA to use. This allows you to control the camera movement of the
    generated video more accurately than just prompting the model to move the camera.
    """
    negative_prompt: str = (
        "news broadcast, 3d animation, computer graphics, pc game, console game, video game, "
        "cartoon, childish, watermark, logo, text, on screen text, subtitles, titles, signature, "
        "slowmo, static"
    )
    """The negative prompt to generate the video from."""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator."""
    enable_prompt_expansion: bool = True
    """Whether to enable prompt expansion."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"] = (
        "X264 (.mp4)"
    )
    """The output type of the generated video."""
    video_quality: Literal["low", "medium", "high", "maximum"] = "high"
    """The quality of the generated video."""
    video_write_mode: Literal["fast", "balanced", "small"] = "balanced"
    """The write mode of the generated video."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    loras: list[LoRAInput]
    """The LoRAs to use for the generation."""
    distill_lora_first_pass_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.2
    """The scale of the distill LoRA to use for the first pass. Set to 0 to disable."""
    distill_lora_second_pass_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """The scale of the distill LoRA to use for the second and subsequent passes."""
    image_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """The strength of the image to use for the video generation."""
    end_image_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """The strength of the end image to use for the video generation."""
    audio_strength: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Audio conditioning strength. Values below 1.0 will allow the model to change the audio,
    while a value of exactly 1.0 will use the input audio without modification.
    """
    preprocess_audio: bool = True
    """Whether to preprocess the audio before using it as conditioning."""


class Ltx2_3_22bAudioToVideoLoraOutput(OutputModel):
    video: VideoFile
    """The generated video."""
    seed: int
    """The seed used for the random number generator."""
    prompt: str
    """The prompt used for the generation."""


class VideoFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the video"""
    height: int | None | MISSING = MISSING
    """The height of the video"""
    fps: float | None | MISSING = MISSING
    """The FPS of the video"""
    duration: float | None | MISSING = MISSING
    """The duration of the video"""
    num_frames: int | None | MISSING = MISSING
    """The number of frames in the video"""


VideoSizePreset = TypeAliasType(
    "VideoSizePreset",
    Literal[
        "auto",
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
    ],
)
