# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared

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


class VideoFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class Ltx2_3_22bImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt used for the generation.")]
    """The prompt used for the generation."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to generate the video from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to generate the video from."""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the image to use as the end of the video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the image to use as the end of the video."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=9, le=481)
    ] = 121
    """The number of frames to generate."""

    video_size: Annotated[
        shared.ImageSize | VideoSizePreset,
        Field(description="The size of the generated video.", validate_default=True),
    ] = "auto"
    """The size of the generated video."""

    generate_audio: Annotated[
        bool, Field(description="Whether to generate audio for the video.")
    ] = True
    """Whether to generate audio for the video."""

    use_multiscale: Annotated[
        bool,
        Field(
            description="Whether to use multi-scale generation. If True, the model will generate "
            "the video at a smaller scale first, then use the smaller video to guide the "
            "generation of a video at or above your requested size. This results in better "
            "coherence and details."
        ),
    ] = True
    """Whether to use multi-scale generation. If True, the model will generate the video at a
    smaller scale first, then use the smaller video to guide the generation of a video at or
    above your requested size. This results in better coherence and details.
    """

    fps: Annotated[
        float, Field(description="The frames per second of the generated video.", ge=1.0, le=60.0)
    ] = 24
    """The frames per second of the generated video."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use.", ge=8, le=50)
    ] = 40
    """The number of inference steps to use."""

    video_cfg_scale: Annotated[
        float,
        Field(
            description="The Classifier-Free Guidance (CFG) scale for the video. Higher values "
            "result in more consistent and focused video content.",
            ge=1.0,
            le=20.0,
        ),
    ] = 3
    """The Classifier-Free Guidance (CFG) scale for the video. Higher values result in more
    consistent and focused video content.
    """

    video_stg_scale: Annotated[
        float,
        Field(
            description="The Spatiotemporal Guidance (STG) scale for the video. Higher values "
            "result in more consistent and focused video content.",
            ge=0.0,
            le=20.0,
        ),
    ] = 0
    """The Spatiotemporal Guidance (STG) scale for the video. Higher values result in more
    consistent and focused video content.
    """

    video_rescaling_scale: Annotated[
        float,
        Field(
            description="The rescaling scale for the video. Controls the ratio between "
            "classifier-free guidance and spatiotemporal guidance.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.7
    """The rescaling scale for the video. Controls the ratio between classifier-free guidance and
    spatiotemporal guidance.
    """

    video_modality_scale: Annotated[
        float,
        Field(
            description="The modality scale for the video. Controls the ratio between video and "
            "audio modalities.",
            ge=0.0,
            le=10.0,
        ),
    ] = 3
    """The modality scale for the video. Controls the ratio between video and audio modalities."""

    audio_cfg_scale: Annotated[
        float,
        Field(
            description="The Classifier-Free Guidance (CFG) scale for the audio. Higher values "
            "result in more consistent and focused audio content.",
            ge=1.0,
            le=20.0,
        ),
    ] = 7
    """The Classifier-Free Guidance (CFG) scale for the audio. Higher values result in more
    consistent and focused audio content.
    """

    audio_stg_scale: Annotated[
        float,
        Field(
            description="The Spatiotemporal Guidance (STG) scale for the audio. Higher values "
            "result in more consistent and focused audio content.",
            ge=0.0,
            le=20.0,
        ),
    ] = 0
    """The Spatiotemporal Guidance (STG) scale for the audio. Higher values result in more
    consistent and focused audio content.
    """

    audio_rescaling_scale: Annotated[
        float,
        Field(
            description="The rescaling scale for the audio. Controls the ratio between "
            "classifier-free guidance and spatiotemporal guidance.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.7
    """The rescaling scale for the audio. Controls the ratio between classifier-free guidance and
    spatiotemporal guidance.
    """

    audio_modality_scale: Annotated[
        float,
        Field(
            description="The modality scale for the audio. Controls the ratio between video and "
            "audio modalities.",
            ge=0.0,
            le=10.0,
        ),
    ] = 3
    """The modality scale for the audio. Controls the ratio between video and audio modalities."""

    gradient_estimation_gamma: Annotated[
        float,
        Field(
            description="The gamma of gradient estimation during denoising. Set to 0 to disable.",
            ge=0.0,
            le=10.0,
        ),
    ] = 2
    """The gamma of gradient estimation during denoising. Set to 0 to disable."""

    use_restart_sampling: Annotated[
        bool,
        Field(
            description="Whether to use restart sampling. This will inject a small amount of "
            "noise during each denoising step, which can help improve the quality of the "
            "generated video."
        ),
    ] = False
    """Whether to use restart sampling. This will inject a small amount of noise during each
    denoising step, which can help improve the quality of the generated video.
    """

    scheduler: Annotated[
        Literal["ltx2", "linear_quadratic", "beta"], Field(description="The scheduler to use.")
    ] = "ltx2"
    """The scheduler to use."""

    acceleration: Annotated[
        Literal["none", "regular", "high", "full"],
        Field(description="The acceleration level to use."),
    ] = "regular"
    """The acceleration level to use."""

    camera_lora: Annotated[
        Literal[
            "dolly_in",
            "dolly_out",
            "dolly_left",
            "dolly_right",
            "jib_up",
            "jib_down",
            "static",
            "none",
        ],
        Field(
            description="The camera LoRA to use. This allows you to control the camera movement "
            "of the generated video more accurately than just prompting the model to move the "
            "camera."
        ),
    ] = "none"
    """The camera LoRA to use. This allows you to control the camera movement of the generated
    video more accurately than just prompting the model to move the camera.
    """

    camera_lora_scale: Annotated[
        float,
        Field(
            description="The scale of the camera LoRA to use. This allows you to control the "
            "camera movement of the generated video more accurately than just prompting the model "
            "to move the camera.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The scale of the camera LoRA to use. This allows you to control the camera movement of the
    generated video more accurately than just prompting the model to move the camera.
    """

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate the video from.")
    ] = (
        "news broadcast, 3d animation, computer graphics, pc game, console game, video game, "
        "cartoon, childish, watermark, logo, text, on screen text, subtitles, titles, signature, "
        "slowmo, static"
    )
    """The negative prompt to generate the video from."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = True
    """Whether to enable prompt expansion."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    video_output_type: Annotated[
        Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"],
        Field(description="The output type of the generated video."),
    ] = "X264 (.mp4)"
    """The output type of the generated video."""

    video_quality: Annotated[
        Literal["low", "medium", "high", "maximum"],
        Field(description="The quality of the generated video."),
    ] = "high"
    """The quality of the generated video."""

    video_write_mode: Annotated[
        Literal["fast", "balanced", "small"],
        Field(description="The write mode of the generated video."),
    ] = "balanced"
    """The write mode of the generated video."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    distill_lora_first_pass_scale: Annotated[
        float,
        Field(
            description="The scale of the distill LoRA to use for the first pass. Set to 0 to "
            "disable.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.2
    """The scale of the distill LoRA to use for the first pass. Set to 0 to disable."""

    distill_lora_second_pass_scale: Annotated[
        float,
        Field(
            description="The scale of the distill LoRA to use for the second and subsequent "
            "passes.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """The scale of the distill LoRA to use for the second and subsequent passes."""

    interpolation_direction: Annotated[
        Literal["forward", "backward"],
        Field(
            description="The direction to interpolate the image sequence in. 'Forward' goes from "
            "the start image to the end image, 'Backward' goes from the end image to the start "
            "image."
        ),
    ] = "forward"
    """The direction to interpolate the image sequence in. 'Forward' goes from the start image to
    the end image, 'Backward' goes from the end image to the start image.
    """

    image_strength: Annotated[
        float,
        Field(
            description="The strength of the image to use for the video generation.", ge=0.0, le=1.0
        ),
    ] = 1
    """The strength of the image to use for the video generation."""

    end_image_strength: Annotated[
        float,
        Field(
            description="The strength of the end image to use for the video generation.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The strength of the end image to use for the video generation."""


class Ltx2_3_22bImageToVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video.")]
    """The generated video."""

    seed: Annotated[int, Field(description="The seed used for the random number generator.")]
    """The seed used for the random number generator."""

    prompt: Annotated[str, Field(description="The prompt used for the generation.")]
    """The prompt used for the generation."""
