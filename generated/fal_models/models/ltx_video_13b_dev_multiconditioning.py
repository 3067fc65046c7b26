# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageConditioningInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to use as conditioning",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to use as conditioning"""

    start_frame_num: Annotated[
        int,
        Field(
            description="Frame number of the image from which the conditioning starts. Must be a "
            "multiple of 8.",
            ge=0,
            le=1440,
            multiple_of=8,
        ),
    ] = 0
    """Frame number of the image from which the conditioning starts. Must be a multiple of 8."""

    strength: Annotated[
        float,
        Field(
            description="Strength of the conditioning. 0.0 means no conditioning, 1.0 means full "
            "conditioning.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Strength of the conditioning. 0.0 means no conditioning, 1.0 means full conditioning."""


class LoRAWeight(InputModel):
    path: Annotated[str, Field(description="URL or path to the LoRA weights.")]
    """URL or path to the LoRA weights."""

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
        float,
        Field(
            description="Scale of the LoRA weight. This is a multiplier applied to the LoRA "
            "weight when loading it.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """Scale of the LoRA weight. This is a multiplier applied to the LoRA weight when loading it."""


class VideoConditioningInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of video to use as conditioning",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of video to use as conditioning"""

    conditioning_type: Annotated[
        Literal["rgb", "depth", "pose", "canny"] | None,
        Field(
            description="Type of conditioning this video provides. This is relevant to ensure "
            "in-context LoRA weights are applied correctly, as well as selecting the correct "
            "preprocessing pipeline, when enabled."
        ),
    ] = "rgb"
    """Type of conditioning this video provides. This is relevant to ensure in-context LoRA
    weights are applied correctly, as well as selecting the correct preprocessing pipeline,
    when enabled.
    """

    preprocess: Annotated[
        bool,
        Field(
            description="Whether to preprocess the video. If True, the video will be preprocessed "
            "to match the conditioning type. This is a no-op for RGB conditioning."
        ),
    ] = False
    """Whether to preprocess the video. If True, the video will be preprocessed to match the
    conditioning type. This is a no-op for RGB conditioning.
    """

    start_frame_num: Annotated[
        int,
        Field(
            description="Frame number of the video from which the conditioning starts. Must be a "
            "multiple of 8.",
            ge=0,
            le=1440,
            multiple_of=8,
        ),
    ] = 0
    """Frame number of the video from which the conditioning starts. Must be a multiple of 8."""

    strength: Annotated[
        float,
        Field(
            description="Strength of the conditioning. 0.0 means no conditioning, 1.0 means full "
            "conditioning.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Strength of the conditioning. 0.0 means no conditioning, 1.0 means full conditioning."""

    limit_num_frames: Annotated[
        bool,
        Field(
            description="Whether to limit the number of frames used from the video. If True, the "
            "`max_num_frames` parameter will be used to limit the number of frames."
        ),
    ] = False
    """Whether to limit the number of frames used from the video. If True, the `max_num_frames`
    parameter will be used to limit the number of frames.
    """

    max_num_frames: Annotated[
        int,
        Field(
            description="Maximum number of frames to use from the video. If None, all frames will "
            "be used.",
            ge=1,
            le=1441,
        ),
    ] = 1441
    """Maximum number of frames to use from the video. If None, all frames will be used."""

    resample_fps: Annotated[
        bool,
        Field(
            description="Whether to resample the video to a specific FPS. If True, the "
            "`target_fps` parameter will be used to resample the video."
        ),
    ] = False
    """Whether to resample the video to a specific FPS. If True, the `target_fps` parameter will
    be used to resample the video.
    """

    target_fps: Annotated[
        int,
        Field(
            description="Target FPS to resample the video to. Only relevant if `resample_fps` is "
            "True.",
            ge=1,
            le=60,
        ),
    ] = 24
    """Target FPS to resample the video to. Only relevant if `resample_fps` is True."""

    reverse_video: Annotated[
        bool,
        Field(
            description="Whether to reverse the video. This is useful for tasks where the video "
            "conditioning should be applied in reverse order."
        ),
    ] = False
    """Whether to reverse the video. This is useful for tasks where the video conditioning should
    be applied in reverse order.
    """


class LtxVideo13bDevMulticonditioningInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt to guide generation")]
    """Text prompt to guide generation"""

    negative_prompt: Annotated[str, Field(description="Negative prompt for generation")] = (
        "worst quality, inconsistent motion, blurry, jittery, distorted"
    )
    """Negative prompt for generation"""

    loras: Annotated[
        list[LoRAWeight],
        Field(description="LoRA weights to use for generation", validate_default=True),
    ] = []
    """LoRA weights to use for generation"""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="Resolution of the generated video.")
    ] = "720p"
    """Resolution of the generated video."""

    aspect_ratio: Annotated[
        Literal["9:16", "1:1", "16:9", "auto"], Field(description="The aspect ratio of the video.")
    ] = "auto"
    """The aspect ratio of the video."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""

    num_frames: Annotated[
        int, Field(description="The number of frames in the video.", ge=9, le=1441)
    ] = 121
    """The number of frames in the video."""

    first_pass_num_inference_steps: Annotated[
        int, Field(description="Number of inference steps during the first pass.", ge=2, le=50)
    ] = 30
    """Number of inference steps during the first pass."""

    second_pass_num_inference_steps: Annotated[
        int, Field(description="Number of inference steps during the second pass.", ge=2, le=50)
    ] = 30
    """Number of inference steps during the second pass."""

    second_pass_skip_initial_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to skip in the initial steps of the second "
            "pass. By skipping some steps at the beginning, the second pass can focus on smaller "
            "details instead of larger changes.",
            ge=0,
            le=49,
        ),
    ] = 17
    """The number of inference steps to skip in the initial steps of the second pass. By skipping
    some steps at the beginning, the second pass can focus on smaller details instead of
    larger changes.
    """

    frame_rate: Annotated[int, Field(description="The frame rate of the video.", ge=1, le=60)] = 24
    """The frame rate of the video."""

    expand_prompt: Annotated[
        bool, Field(description="Whether to expand the prompt using a language model.")
    ] = False
    """Whether to expand the prompt using a language model."""

    reverse_video: Annotated[bool, Field(description="Whether to reverse the video.")] = False
    """Whether to reverse the video."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    enable_detail_pass: Annotated[
        bool,
        Field(
            description="Whether to use a detail pass. If True, the model will perform a second "
            "pass to refine the video and enhance details. This incurs a 2.0x cost multiplier on "
            "the base price."
        ),
    ] = False
    """Whether to use a detail pass. If True, the model will perform a second pass to refine the
    video and enhance details. This incurs a 2.0x cost multiplier on the base price.
    """

    temporal_adain_factor: Annotated[
        float,
        Field(
            description="The factor for adaptive instance normalization (AdaIN) applied to "
            "generated video chunks after the first. This can help deal with a gradual increase "
            "in saturation/contrast in the generated video by normalizing the color distribution "
            "across the video. A high value will ensure the color distribution is more consistent "
            "across the video, while a low value will allow for more variation in color "
            "distribution.",
            ge=0.0,
            le=1.0,
            multiple_of=0.05,
        ),
    ] = 0.5
    """The factor for adaptive instance normalization (AdaIN) applied to generated video chunks
    after the first. This can help deal with a gradual increase in saturation/contrast in the
    generated video by normalizing the color distribution across the video. A high value will
    ensure the color distribution is more consistent across the video, while a low value will
    allow for more variation in color distribution.
    """

    tone_map_compression_ratio: Annotated[
        float,
        Field(
            description="The compression ratio for tone mapping. This is used to compress the "
            "dynamic range of the video to improve visual quality. A value of 0.0 means no "
            "compression, while a value of 1.0 means maximum compression.",
            ge=0.0,
            le=1.0,
            multiple_of=0.05,
        ),
    ] = 0
    """The compression ratio for tone mapping. This is used to compress the dynamic range of the
    video to improve visual quality. A value of 0.0 means no compression, while a value of 1.0
    means maximum compression.
    """

    constant_rate_factor: Annotated[
        int,
        Field(
            description="The constant rate factor (CRF) to compress input media with. Compressed "
            "input media more closely matches the model's training data, which can improve motion "
            "quality.",
            ge=0,
            le=51,
        ),
    ] = 29
    """The constant rate factor (CRF) to compress input media with. Compressed input media more
    closely matches the model's training data, which can improve motion quality.
    """

    images: Annotated[
        list[ImageConditioningInput],
        Field(description="URL of images to use as conditioning", validate_default=True),
    ] = []
    """URL of images to use as conditioning"""

    videos: Annotated[
        list[VideoConditioningInput],
        Field(description="Videos to use as conditioning", validate_default=True),
    ] = []
    """Videos to use as conditioning"""


class LtxVideo13bDevMulticonditioningOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
