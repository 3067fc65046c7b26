# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class QwenImage2512TrainerInput(InputModel):
    image_data_url: Annotated[
        str,
        Field(
            description="URL to the input data zip archive for text-to-image training. The zip "
            "should contain images with their corresponding text captions: image.EXT and "
            "image.txt For example: photo.jpg and photo.txt The text file contains the "
            "caption/prompt describing the target image. If no text file is provided for an "
            "image, the default_caption will be used. If no default_caption is provided and a "
            "text file is missing, the training will fail.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the input data zip archive for text-to-image training. The zip should contain
    images with their corresponding text captions: image.EXT and image.txt For example:
    photo.jpg and photo.txt The text file contains the caption/prompt describing the target
    image. If no text file is provided for an image, the default_caption will be used. If no
    default_caption is provided and a text file is missing, the training will fail.
    """

    learning_rate: Annotated[float, Field(description="Learning rate for LoRA parameters.")] = (
        0.0005
    )
    """Learning rate for LoRA parameters."""

    steps: Annotated[
        int, Field(description="Number of steps to train for", ge=100, le=30000, multiple_of=100)
    ] = 1000
    """Number of steps to train for"""

    default_caption: Annotated[
        str | None | MISSING,
        Field(
            description="Default caption to use when caption files are missing. If None, missing "
            "captions will cause an error."
        ),
    ] = MISSING
    """Default caption to use when caption files are missing. If None, missing captions will
    cause an error.
    """


class QwenImage2512TrainerOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the configuration file for the trained model.")
    ]
    """URL to the configuration file for the trained model."""
