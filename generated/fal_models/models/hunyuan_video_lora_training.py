# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoLoraTrainingInput(InputModel):
    images_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with images. Try to use at least 4 images in general "
            "the more the better. In addition to images the archive can contain text files with "
            "captions. Each text file should have the same name as the image file it corresponds "
            "to.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with images. Try to use at least 4 images in general the more the
    better. In addition to images the archive can contain text files with captions. Each text
    file should have the same name as the image file it corresponds to.
    """

    steps: Annotated[int, Field(description="Number of steps to train the LoRA on.", ge=1, le=5000)]
    """Number of steps to train the LoRA on."""

    trigger_word: Annotated[str, Field(description="The trigger word to use.")] = ""
    """The trigger word to use."""

    learning_rate: Annotated[float, Field(description="Learning rate to use for training.")] = (
        0.0001
    )
    """Learning rate to use for training."""

    do_caption: Annotated[
        bool, Field(description="Whether to generate captions for the images.")
    ] = True
    """Whether to generate captions for the images."""

    data_archive_format: Annotated[
        str | None | MISSING,
        Field(
            description="The format of the archive. If not specified, the format will be inferred "
            "from the URL."
        ),
    ] = MISSING
    """The format of the archive. If not specified, the format will be inferred from the URL."""


class HunyuanVideoLoraTrainingOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[shared.File, Field(description="URL to the lora configuration file.")]
    """URL to the lora configuration file."""
