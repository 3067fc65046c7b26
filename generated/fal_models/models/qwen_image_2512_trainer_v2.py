# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class QwenImage2512TrainerV2Input(InputModel):
    image_data_url: Annotated[
        str,
        Field(
            description="URL to the input data zip archive. The zip should contain pairs of "
            "images and corresponding captions. The images should be named: ROOT.EXT. For "
            "example: 001.jpg The corresponding captions should be named: ROOT.txt. For example: "
            "001.txt If no text file is provided for an image, the default_caption will be used.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the input data zip archive. The zip should contain pairs of images and
    corresponding captions. The images should be named: ROOT.EXT. For example: 001.jpg The
    corresponding captions should be named: ROOT.txt. For example: 001.txt If no text file is
    provided for an image, the default_caption will be used.
    """

    steps: Annotated[int, Field(description="Number of steps to train for", ge=10, le=40000)] = 2000
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

    learning_rate: Annotated[float, Field(description="Learning rate.")] = 0.0005
    """Learning rate."""


class QwenImage2512TrainerV2Output(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the configuration file for the trained model.")
    ]
    """URL to the configuration file for the trained model."""
