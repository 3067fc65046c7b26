# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FluxLoraPortraitTrainerInput(InputModel):
    images_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with images of a consistent style. Try to use at "
            "least 10 images, although more is better. In addition to images the archive can "
            "contain text files with captions. Each text file should have the same name as the "
            "image file it corresponds to. The captions can include a special string `[trigger]`. "
            "If a trigger_word is specified, it will replace `[trigger]` in the captions.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with images of a consistent style. Try to use at least 10 images,
    although more is better. In addition to images the archive can contain text files with
    captions. Each text file should have the same name as the image file it corresponds to.
    The captions can include a special string `[trigger]`. If a trigger_word is specified, it
    will replace `[trigger]` in the captions.
    """

    trigger_phrase: Annotated[
        str | None | MISSING,
        Field(
            description="Trigger phrase to be used in the captions. If None, a trigger word will "
            "not be used. If no captions are provide the trigger_work will be used instead of "
            "captions. If captions are provided, the trigger word will replace the `[trigger]` "
            "string in the captions."
        ),
    ] = MISSING
    """Trigger phrase to be used in the captions. If None, a trigger word will not be used. If no
    captions are provide the trigger_work will be used instead of captions. If captions are
    provided, the trigger word will replace the `[trigger]` string in the captions.
    """

    learning_rate: Annotated[
        float, Field(description="Learning rate to use for training.", ge=1e-06, le=0.001)
    ] = 9e-05
    """Learning rate to use for training."""

    steps: Annotated[
        int, Field(description="Number of steps to train the LoRA on.", ge=1, le=10000)
    ] = 2500
    """Number of steps to train the LoRA on."""

    multiresolution_training: Annotated[
        bool, Field(description="If True, multiresolution training will be used.")
    ] = True
    """If True, multiresolution training will be used."""

    subject_crop: Annotated[
        bool, Field(description="If True, the subject will be cropped from the image.")
    ] = True
    """If True, the subject will be cropped from the image."""

    data_archive_format: Annotated[
        str | None | MISSING,
        Field(
            description="The format of the archive. If not specified, the format will be inferred "
            "from the URL."
        ),
    ] = MISSING
    """The format of the archive. If not specified, the format will be inferred from the URL."""

    resume_from_checkpoint: Annotated[
        str, Field(description="URL to a checkpoint to resume training from.")
    ] = ""
    """URL to a checkpoint to resume training from."""

    create_masks: Annotated[
        bool, Field(description="If True, masks will be created for the subject.")
    ] = False
    """If True, masks will be created for the subject."""


class FluxLoraPortraitTrainerOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the training configuration file.")
    ]
    """URL to the training configuration file."""
