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


class LtxVideoTrainerInput(InputModel):
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

    rank: Annotated[Literal[8, 16, 32, 64, 128], Field(description="The rank of the LoRA.")] = 128
    """The rank of the LoRA."""

    number_of_steps: Annotated[
        int,
        Field(
            description="The number of steps to train for. Not checked by the client: slider step "
            "100.",
            ge=100,
            le=20000,
        ),
    ] = 1000
    """The number of steps to train for. Not checked by the client: slider step 100."""

    number_of_frames: Annotated[
        int,
        Field(
            description="The number of frames to use for training. This is the number of frames "
            "per second multiplied by the number of seconds.",
            ge=25,
            le=121,
        ),
    ] = 81
    """The number of frames to use for training. This is the number of frames per second
    multiplied by the number of seconds.
    """

    frame_rate: Annotated[
        int, Field(description="The target frames per second for the video.", ge=8, le=60)
    ] = 25
    """The target frames per second for the video."""

    resolution: Annotated[
        Literal["low", "medium", "high"],
        Field(
            description="The resolution to use for training. This is the resolution of the video."
        ),
    ] = "medium"
    """The resolution to use for training. This is the resolution of the video."""

    aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16"],
        Field(
            description="The aspect ratio to use for training. This is the aspect ratio of the "
            "video."
        ),
    ] = "1:1"
    """The aspect ratio to use for training. This is the aspect ratio of the video."""

    learning_rate: Annotated[
        float,
        Field(
            description="The rate at which the model learns. Higher values can lead to faster "
            "training, but over-fitting. Not checked by the client: slider step 0.0001.",
            ge=1e-06,
            le=1.0,
        ),
    ] = 0.0002
    """The rate at which the model learns. Higher values can lead to faster training, but
    over-fitting. Not checked by the client: slider step 0.0001.
    """

    trigger_phrase: Annotated[
        str, Field(description="The phrase that will trigger the model to generate an image.")
    ] = ""
    """The phrase that will trigger the model to generate an image."""

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
            "scenes. If you provide captions for a split video, the caption will be applied to "
            "each scene. If you do not provide captions, scenes will be auto-captioned. This "
            "option has no effect on image datasets."
        ),
    ] = True
    """If true, videos above a certain duration threshold will be split into scenes. If you
    provide captions for a split video, the caption will be applied to each scene. If you do
    not provide captions, scenes will be auto-captioned. This option has no effect on image
    datasets.
    """

    split_input_duration_threshold: Annotated[
        float,
        Field(
            description="The duration threshold in seconds. If a video is longer than this, it "
            "will be split into scenes. If you provide captions for a split video, the caption "
            "will be applied to each scene. If you do not provide captions, scenes will be "
            "auto-captioned.",
            ge=1.0,
            le=60.0,
        ),
    ] = 30
    """The duration threshold in seconds. If a video is longer than this, it will be split into
    scenes. If you provide captions for a split video, the caption will be applied to each
    scene. If you do not provide captions, scenes will be auto-captioned.
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
    ] = "blurry, low quality, bad quality, out of focus"
    """A negative prompt to use for validation."""

    validation_number_of_frames: Annotated[
        int, Field(description="The number of frames to use for validation.", ge=8, le=121)
    ] = 81
    """The number of frames to use for validation."""

    validation_resolution: Annotated[
        Literal["low", "medium", "high"], Field(description="The resolution to use for validation.")
    ] = "high"
    """The resolution to use for validation."""

    validation_aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16"], Field(description="The aspect ratio to use for validation.")
    ] = "1:1"
    """The aspect ratio to use for validation."""

    validation_reverse: Annotated[
        bool,
        Field(
            description="If true, the validation videos will be reversed. This is useful for "
            "effects that are learned in reverse and then applied in reverse."
        ),
    ] = False
    """If true, the validation videos will be reversed. This is useful for effects that are
    learned in reverse and then applied in reverse.
    """


class LtxVideoTrainerOutput(OutputModel):
    video: Annotated[
        shared.File | None | MISSING, Field(description="The URL to the validations video.")
    ] = MISSING
    """The URL to the validations video."""

    lora_file: Annotated[shared.File, Field(description="URL to the trained LoRA weights.")]
    """URL to the trained LoRA weights."""

    config_file: Annotated[
        shared.File, Field(description="Configuration used for setting up the inference endpoints.")
    ]
    """Configuration used for setting up the inference endpoints."""
