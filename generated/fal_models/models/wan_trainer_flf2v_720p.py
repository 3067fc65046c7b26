# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WanTrainerFlf2v720pInput(InputModel):
    training_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with images of a consistent style. Try to use at "
            "least 10 images and/or videos, although more is better. In addition to images the "
            "archive can contain text files with captions. Each text file should have the same "
            "name as the image/video file it corresponds to.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with images of a consistent style. Try to use at least 10 images and/or
    videos, although more is better. In addition to images the archive can contain text files
    with captions. Each text file should have the same name as the image/video file it
    corresponds to.
    """

    number_of_steps: Annotated[
        int, Field(description="The number of steps to train for.", ge=100, le=20000)
    ] = 400
    """The number of steps to train for."""

    learning_rate: Annotated[
        float,
        Field(
            description="The rate at which the model learns. Higher values can lead to faster "
            "training, but over-fitting.",
            ge=1e-06,
            le=1.0,
        ),
    ] = 0.0002
    """The rate at which the model learns. Higher values can lead to faster training, but
    over-fitting.
    """

    trigger_phrase: Annotated[
        str, Field(description="The phrase that will trigger the model to generate an image.")
    ] = ""
    """The phrase that will trigger the model to generate an image."""

    auto_scale_input: Annotated[
        bool,
        Field(
            description="If true, the input will be automatically scale the video to 81 frames at "
            "16fps."
        ),
    ] = False
    """If true, the input will be automatically scale the video to 81 frames at 16fps."""


class WanTrainerFlf2v720pOutput(OutputModel):
    lora_file: Annotated[shared.File, Field(description="URL to the trained LoRA weights.")]
    """URL to the trained LoRA weights."""

    config_file: Annotated[
        shared.File, Field(description="Configuration used for setting up the inference endpoints.")
    ]
    """Configuration used for setting up the inference endpoints."""
