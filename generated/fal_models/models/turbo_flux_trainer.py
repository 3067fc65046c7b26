# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class TurboFluxTrainerInput(InputModel):
    images_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with images of a consistent style. Try to use at "
            "least 10 images, although more is better.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with images of a consistent style. Try to use at least 10 images,
    although more is better.
    """

    trigger_phrase: Annotated[
        str | None,
        Field(
            description="Trigger phrase to be used in the captions. If None, a trigger word will "
            "not be used. If no captions are provide the trigger_work will be used instead of "
            "captions. If captions are provided, the trigger word will replace the `[trigger]` "
            "string in the captions."
        ),
    ] = "ohwx"
    """Trigger phrase to be used in the captions. If None, a trigger word will not be used. If no
    captions are provide the trigger_work will be used instead of captions. If captions are
    provided, the trigger word will replace the `[trigger]` string in the captions.
    """

    steps: Annotated[
        int, Field(description="Number of steps to train the LoRA on.", ge=1, le=10000)
    ] = 1000
    """Number of steps to train the LoRA on."""

    learning_rate: Annotated[
        float, Field(description="Learning rate for the training.", ge=1e-07, le=0.01)
    ] = 0.00115
    """Learning rate for the training."""

    training_style: Annotated[
        Literal["subject", "style"] | None, Field(description="Training style to use.")
    ] = "subject"
    """Training style to use."""

    face_crop: Annotated[
        bool,
        Field(description="Whether to try to detect the face and crop the images to the face."),
    ] = True
    """Whether to try to detect the face and crop the images to the face."""


class TurboFluxTrainerOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers config file.")
    ]
    """URL to the trained diffusers config file."""
