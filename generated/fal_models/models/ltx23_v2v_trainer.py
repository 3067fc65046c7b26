# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class V2VValidation(InputModel):
    """Validation input for video-to-video training."""

    prompt: Annotated[str, Field(description="The prompt to use for validation.")]
    """The prompt to use for validation."""

    reference_video_url: Annotated[
        str,
        Field(
            description="URL to reference video for IC-LoRA validation. This is the input video "
            "that will be transformed.",
            json_schema_extra={"x-fal-file": True},
            min_length=1,
        ),
    ]
    """URL to reference video for IC-LoRA validation. This is the input video that will be
    transformed.
    """


class Ltx23V2vTrainerInput(InputModel):
    """Input configuration for LTX-2.3 video-to-video (IC-LoRA) training."""

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

    first_frame_conditioning_p: Annotated[
        float,
        Field(
            description="Probability of conditioning on the first frame during training. Lower "
            "values work better for video-to-video transformation.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.1
    """Probability of conditioning on the first frame during training. Lower values work better
    for video-to-video transformation.
    """

    validation: Annotated[
        list[V2VValidation],
        Field(
            description="A list of validation inputs with prompts and reference videos.",
            max_length=2,
            validate_default=True,
        ),
    ] = []
    """A list of validation inputs with prompts and reference videos."""

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


class Ltx23V2vTrainerOutput(OutputModel):
    """Output from LTX-2.3 video-to-video training."""

    video: Annotated[
        shared.File | None | MISSING,
        Field(
            description="The URL to the validation videos (with reference videos side-by-side), "
            "if any."
        ),
    ] = MISSING
    """The URL to the validation videos (with reference videos side-by-side), if any."""

    lora_file: Annotated[
        shared.File, Field(description="URL to the trained IC-LoRA weights (.safetensors).")
    ]
    """URL to the trained IC-LoRA weights (.safetensors)."""

    config_file: Annotated[
        shared.File, Field(description="Configuration used for setting up inference endpoints.")
    ]
    """Configuration used for setting up inference endpoints."""

    debug_dataset: Annotated[
        shared.File | None | MISSING,
        Field(
            description="A downloadable archive containing the preprocessed training data, "
            "including decoded videos. Only present when `debug_dataset` is enabled in the input."
        ),
    ] = MISSING
    """A downloadable archive containing the preprocessed training data, including decoded
    videos. Only present when `debug_dataset` is enabled in the input.
    """
