# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Flux2TrainerInput(InputModel):
    image_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with images of a consistent style. Try to use at "
            "least 10 images, although more is better. The zip can also contain a text file for "
            "each image. The text file should be named: ROOT.txt For example: photo.txt This text "
            "file can be used to specify the edit instructions for the image pair. If no text "
            "file is provided, the default_caption will be used. If no default_caption is "
            "provided, the training will fail.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with images of a consistent style. Try to use at least 10 images,
    although more is better. The zip can also contain a text file for each image. The text
    file should be named: ROOT.txt For example: photo.txt This text file can be used to
    specify the edit instructions for the image pair. If no text file is provided, the
    default_caption will be used. If no default_caption is provided, the training will fail.
    """

    steps: Annotated[
        int, Field(description="Total number of training steps.", ge=100, le=10000, multiple_of=100)
    ] = 1000
    """Total number of training steps."""

    learning_rate: Annotated[
        float, Field(description="Learning rate applied to trainable parameters.")
    ] = 5e-05
    """Learning rate applied to trainable parameters."""

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

    output_lora_format: Annotated[
        Literal["fal", "comfy"],
        Field(description="Dictates the naming scheme for the output weights"),
    ] = "fal"
    """Dictates the naming scheme for the output weights"""


class Flux2TrainerOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the configuration file for the trained model.")
    ]
    """URL to the configuration file for the trained model."""
