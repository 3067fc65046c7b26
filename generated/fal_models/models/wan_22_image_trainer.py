# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Wan22ImageTrainerInput(InputModel):
    training_data_url: Annotated[
        str, Field(description="URL to the training data.", json_schema_extra={"x-fal-file": True})
    ]
    """URL to the training data."""

    trigger_phrase: Annotated[str, Field(description="Trigger phrase for the model.")]
    """Trigger phrase for the model."""

    include_synthetic_captions: Annotated[
        bool, Field(description="Whether to include synthetic captions.")
    ] = False
    """Whether to include synthetic captions."""

    use_face_detection: Annotated[
        bool,
        Field(
            description="Whether to use face detection for the training data. When enabled, "
            "images will use the center of the face as the center of the image when resizing."
        ),
    ] = True
    """Whether to use face detection for the training data. When enabled, images will use the
    center of the face as the center of the image when resizing.
    """

    use_face_cropping: Annotated[
        bool,
        Field(
            description="Whether to use face cropping for the training data. When enabled, images "
            "will be cropped to the face before resizing."
        ),
    ] = False
    """Whether to use face cropping for the training data. When enabled, images will be cropped
    to the face before resizing.
    """

    use_masks: Annotated[bool, Field(description="Whether to use masks for the training data.")] = (
        True
    )
    """Whether to use masks for the training data."""

    steps: Annotated[int, Field(description="Number of training steps.", ge=10, le=6000)] = 1000
    """Number of training steps."""

    learning_rate: Annotated[
        float, Field(description="Learning rate for training.", ge=1e-06, le=0.1, multiple_of=1e-06)
    ] = 0.0007
    """Learning rate for training."""

    is_style: Annotated[
        bool,
        Field(
            description="Whether the training data is style data. If true, face specific options "
            "like masking and face detection will be disabled."
        ),
    ] = False
    """Whether the training data is style data. If true, face specific options like masking and
    face detection will be disabled.
    """


class Wan22ImageTrainerOutput(OutputModel):
    diffusers_lora_file: Annotated[shared.File, Field(description="Low noise LoRA file.")]
    """Low noise LoRA file."""

    high_noise_lora: Annotated[shared.File, Field(description="High noise LoRA file.")]
    """High noise LoRA file."""

    config_file: Annotated[
        shared.File, Field(description="Config file helping inference endpoints after training.")
    ]
    """Config file helping inference endpoints after training."""
