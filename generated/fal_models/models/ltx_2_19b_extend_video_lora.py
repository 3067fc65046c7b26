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

    path: Annotated[
        str, Field(description="URL, HuggingFace repo ID (owner/repo) to lora weights.")
    ]
    """URL, HuggingFace repo ID (owner/repo) to lora weights."""

    weight_name: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the LoRA weight. Only used if `path` is a HuggingFace "
            "repository, and is only required when the repository contains multiple LoRA weights."
        ),
    ] = MISSING
    """Name of the LoRA weight. Only used if `path` is a HuggingFace repository, and is only
    required when the repository contains multiple LoRA weights.
    """

    scale: Annotated[
        float, Field(description="Scale factor for LoRA application (0.0 to 4.0).", ge=0.0, le=4.0)
    ] = 1
    """Scale factor for LoRA application (0.0 to 4.0)."""


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


class Ltx2_19bExtendVideoLoraInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to extend.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the video to extend."""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the image to use as the end of the extended video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the image to use as the end of the extended video."""

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

    match_input_fps: Annotated[
        bool,
        Field(
            description="When true, match the output FPS to the input video's FPS instead of "
            "using the default target FPS."
        ),
    ] = True
    """When true, match the output FPS to the input video's FPS instead of using the default
    target FPS.
    """

    fps: Annotated[
        float, Field(description="The frames per second of the generated video.", ge=1.0, le=60.0)
    ] = 25
    """The frames per second of the generated video."""

    guidance_scale: Annotated[
        float, Field(description="The guidance scale to use.", ge=1.0, le=10.0)
    ] = 3
    """The guidance scale to use."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use.", ge=8, le=50)
    ] = 40
    """The number of inference steps to use."""

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
        "blurry, out of focus, overexposed, underexposed, low contrast, washed out colors, "
        "excessive noise, grainy texture, poor lighting, flickering, motion blur, distorted "
        "proportions, unnatural skin tones, deformed facial features, asymmetrical face, missing "
        "facial features, extra limbs, disfigured hands, wrong hand count, artifacts around text, "
        "inconsistent perspective, camera shake, incorrect depth of field, background too sharp, "
        "background clutter, distracting reflections, harsh shadows, inconsistent lighting "
        "direction, color banding, cartoonish rendering, 3D CGI look, unrealistic materials, "
        "uncanny valley effect, incorrect ethnicity, wrong gender, exaggerated expressions, wrong "
        "gaze direction, mismatched lip sync, silent or muted audio, distorted voice, robotic "
        "voice, echo, background noise, off-sync audio,incorrect dialogue, added dialogue, "
        "repetitive speech, jittery movement, awkward pauses, incorrect timing, unnatural "
        "transitions, inconsistent framing, tilted camera, flat lighting, inconsistent tone, "
        "cinematic oversaturation, stylized filters, or AI artifacts."
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

    loras: Annotated[list[LoRAInput], Field(description="The LoRAs to use for the generation.")]
    """The LoRAs to use for the generation."""

    extend_direction: Annotated[
        Literal["forward", "backward"],
        Field(
            description="Direction to extend the video. 'forward' extends from the end of the "
            "video, 'backward' extends from the beginning."
        ),
    ] = "forward"
    """Direction to extend the video. 'forward' extends from the end of the video, 'backward'
    extends from the beginning.
    """

    num_context_frames: Annotated[
        int,
        Field(
            description="The number of frames to use as context for the extension.", ge=0, le=121
        ),
    ] = 25
    """The number of frames to use as context for the extension."""

    video_strength: Annotated[
        float,
        Field(
            description="Video conditioning strength. Lower values represent more freedom given "
            "to the model to change the video content.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Video conditioning strength. Lower values represent more freedom given to the model to
    change the video content.
    """

    audio_strength: Annotated[
        float,
        Field(
            description="Audio conditioning strength. Lower values represent more freedom given "
            "to the model to change the audio content.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Audio conditioning strength. Lower values represent more freedom given to the model to
    change the audio content.
    """

    end_image_strength: Annotated[
        float,
        Field(
            description="The strength of the end image to use for the video generation.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The strength of the end image to use for the video generation."""


class Ltx2_19bExtendVideoLoraOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video.")]
    """The generated video."""

    seed: Annotated[int, Field(description="The seed used for the random number generator.")]
    """The seed used for the random number generator."""

    prompt: Annotated[str, Field(description="The prompt used for the generation.")]
    """The prompt used for the generation."""
