# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Validation(InputModel):
    prompt: Annotated[str, Field(description="The prompt to use for validation.")]
    """The prompt to use for validation."""

    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="An image to use for image-to-video validation. If provided for one "
            "validation, _all_ validation inputs must have an image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """An image to use for image-to-video validation. If provided for one validation, _all_
    validation inputs must have an image.
    """


class Ltx2VideoTrainerInput(InputModel):
    """Input configuration for LTX-2 text-to-video training."""

    training_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with videos or images. Try to use at least 10 files, "
            "although more is better. **Supported video formats:** .mp4, .mov, .avi, .mkv "
            "**Supported image formats:** .png, .jpg, .jpeg Note: The dataset must contain ONLY "
            "videos OR ONLY images - mixed datasets are not supported. The archive can also "
            "contain text files with captions. Each text file should have the same name as the "
            "media file it corresponds to.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with videos or images. Try to use at least 10 files, although more is
    better. **Supported video formats:** .mp4, .mov, .avi, .mkv **Supported image formats:**
    .png, .jpg, .jpeg Note: The dataset must contain ONLY videos OR ONLY images - mixed
    datasets are not supported. The archive can also contain text files with captions. Each
    text file should have the same name as the media file it corresponds to.
    """

    rank: Annotated[
        Literal[8, 16, 32, 64, 128],
        Field(
            description="The rank of the LoRA adaptation. Higher values increase capacity but use "
            "more memory."
        ),
    ] = 32
    """The rank of the LoRA adaptation. Higher values increase capacity but use more memory."""

    number_of_steps: Annotated[
        int,
        Field(
            description="The number of training steps. Not checked by the client: slider step 100.",
            ge=100,
            le=20000,
        ),
    ] = 2000
    """The number of training steps. Not checked by the client: slider step 100."""

    learning_rate: Annotated[
        float,
        Field(
            description="Learning rate for optimization. Higher values can lead to faster "
            "training but may cause overfitting. Not checked by the client: slider step 0.0001.",
            ge=1e-06,
            le=1.0,
        ),
    ] = 0.0002
    """Learning rate for optimization. Higher values can lead to faster training but may cause
    overfitting. Not checked by the client: slider step 0.0001.
    """

    number_of_frames: Annotated[
        int,
        Field(
            description="Number of frames per training sample. Must satisfy frames % 8 == 1 "
            "(e.g., 1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97).",
            ge=9,
            le=121,
        ),
    ] = 89
    """Number of frames per training sample. Must satisfy frames % 8 == 1 (e.g., 1, 9, 17, 25,
    33, 41, 49, 57, 65, 73, 81, 89, 97).
    """

    frame_rate: Annotated[
        int, Field(description="Target frames per second for the video.", ge=8, le=60)
    ] = 25
    """Target frames per second for the video."""

    resolution: Annotated[
        Literal["low", "medium", "high"],
        Field(
            description="Resolution to use for training. Higher resolutions require more memory."
        ),
    ] = "medium"
    """Resolution to use for training. Higher resolutions require more memory."""

    aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16"], Field(description="Aspect ratio to use for training.")
    ] = "1:1"
    """Aspect ratio to use for training."""

    trigger_phrase: Annotated[
        str,
        Field(
            description="A phrase that will trigger the LoRA style. Will be prepended to captions "
            "during training."
        ),
    ] = ""
    """A phrase that will trigger the LoRA style. Will be prepended to captions during training."""

    auto_scale_input: Annotated[
        bool,
        Field(
            description="If true, videos will be automatically scaled to the target frame count "
            "and fps. This option has no effect on image datasets."
        ),
    ] = False
    """If true, videos will be automatically scaled to the target frame count and fps. This
    option has no effect on image datasets.
    """

    split_input_into_scenes: Annotated[
        bool,
        Field(
            description="If true, videos above a certain duration threshold will be split into "
            "scenes."
        ),
    ] = True
    """If true, videos above a certain duration threshold will be split into scenes."""

    split_input_duration_threshold: Annotated[
        float,
        Field(
            description="The duration threshold in seconds. If a video is longer than this, it "
            "will be split into scenes.",
            ge=1.0,
            le=60.0,
        ),
    ] = 30
    """The duration threshold in seconds. If a video is longer than this, it will be split into
    scenes.
    """

    debug_dataset: Annotated[
        bool,
        Field(
            description="When enabled, the trainer returns a downloadable archive of your "
            "preprocessed training data for manual inspection. Use this to verify that your "
            "videos, images, and captions were processed correctly before committing to a full "
            "training run."
        ),
    ] = False
    """When enabled, the trainer returns a downloadable archive of your preprocessed training
    data for manual inspection. Use this to verify that your videos, images, and captions were
    processed correctly before committing to a full training run.
    """

    with_audio: Annotated[
        bool | None | MISSING,
        Field(
            description="Enable joint audio-video training. If None (default), automatically "
            "detects whether input videos have audio. Set to True to force audio training, or "
            "False to disable."
        ),
    ] = MISSING
    """Enable joint audio-video training. If None (default), automatically detects whether input
    videos have audio. Set to True to force audio training, or False to disable.
    """

    audio_normalize: Annotated[
        bool,
        Field(
            description="Normalize audio peak amplitude to a consistent level. Recommended for "
            "consistent audio levels across the dataset."
        ),
    ] = True
    """Normalize audio peak amplitude to a consistent level. Recommended for consistent audio
    levels across the dataset.
    """

    audio_preserve_pitch: Annotated[
        bool,
        Field(
            description="When audio duration doesn't match video duration, stretch/compress audio "
            "without changing pitch. If disabled, audio is trimmed or padded with silence."
        ),
    ] = True
    """When audio duration doesn't match video duration, stretch/compress audio without changing
    pitch. If disabled, audio is trimmed or padded with silence.
    """

    first_frame_conditioning_p: Annotated[
        float,
        Field(
            description="Probability of conditioning on the first frame during training. Higher "
            "values improve image-to-video performance.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Probability of conditioning on the first frame during training. Higher values improve
    image-to-video performance.
    """

    validation: Annotated[
        list[Validation],
        Field(
            description="A list of validation prompts to use during training. When providing an "
            "image, _all_ validation inputs must have an image.",
            max_length=2,
            validate_default=True,
        ),
    ] = []
    """A list of validation prompts to use during training. When providing an image, _all_
    validation inputs must have an image.
    """

    validation_negative_prompt: Annotated[
        str, Field(description="A negative prompt to use for validation.")
    ] = "worst quality, inconsistent motion, blurry, jittery, distorted"
    """A negative prompt to use for validation."""

    validation_number_of_frames: Annotated[
        int, Field(description="The number of frames in validation videos.", ge=9, le=121)
    ] = 89
    """The number of frames in validation videos."""

    validation_frame_rate: Annotated[
        int, Field(description="Target frames per second for validation videos.", ge=8, le=60)
    ] = 25
    """Target frames per second for validation videos."""

    validation_resolution: Annotated[
        Literal["low", "medium", "high"], Field(description="The resolution to use for validation.")
    ] = "high"
    """The resolution to use for validation."""

    validation_aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16"], Field(description="The aspect ratio to use for validation.")
    ] = "1:1"
    """The aspect ratio to use for validation."""

    stg_scale: Annotated[
        float,
        Field(
            description="STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended "
            "value is 1.0.",
            ge=0.0,
            le=3.0,
        ),
    ] = 1
    """STG (Spatio-Temporal Guidance) scale. 0.0 disables STG. Recommended value is 1.0."""

    generate_audio_in_validation: Annotated[
        bool, Field(description="Whether to generate audio in validation samples.")
    ] = True
    """Whether to generate audio in validation samples."""


class Ltx2VideoTrainerOutput(OutputModel):
    """Output from LTX-2 training."""

    video: Annotated[
        shared.File | None | MISSING, Field(description="The URL to the validation videos, if any.")
    ] = MISSING
    """The URL to the validation videos, if any."""

    lora_file: Annotated[
        shared.File, Field(description="URL to the trained LoRA weights (.safetensors).")
    ]
    """URL to the trained LoRA weights (.safetensors)."""

    config_file: Annotated[
        shared.File, Field(description="Configuration used for setting up inference endpoints.")
    ]
    """Configuration used for setting up inference endpoints."""

    debug_dataset: Annotated[
        shared.File | None | MISSING,
        Field(
            description="A downloadable archive containing the preprocessed training data, "
            "including decoded videos and audio. Only present when `debug_dataset` is enabled in "
            "the input."
        ),
    ] = MISSING
    """A downloadable archive containing the preprocessed training data, including decoded videos
    and audio. Only present when `debug_dataset` is enabled in the input.
    """
