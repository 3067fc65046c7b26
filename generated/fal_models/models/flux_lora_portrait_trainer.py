# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FluxLoraPortraitTrainerInput(InputModel):
    images_data_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL to zip archive with images of a consistent style. Try to use at least 10 images,
    although more is better. In addition to images the archive can contain text files with
    captions. Each text file should have the same name as the image file it corresponds to.
    The captions can include a special string `[trigger]`. If a trigger_word is specified, it
    will replace `[trigger]` in the captions.
    """
    trigger_phrase: str | None | MISSING = MISSING
    """Trigger phrase to be used in the captions. If None, a trigger word will not be used. If no
    captions are provide the trigger_work will be used instead of captions. If captions are
    provided, the trigger word will replace the `[trigger]` string in the captions.
    """
    learning_rate: Annotated[float, Field(ge=1e-06, le=0.001)] = 9e-05
    """Learning rate to use for training."""
    steps: Annotated[int, Field(ge=1, le=10000)] = 2500
    """Number of steps to train the LoRA on."""
    multiresolution_training: bool = True
    """If True, multiresolution training will be used."""
    subject_crop: bool = True
    """If True, the subject will be cropped from the image."""
    data_archive_format: str | None | MISSING = MISSING
    """The format of the archive. If not specified, the format will be inferred from the URL."""
    resume_from_checkpoint: str = ""
    """URL to a checkpoint to resume training from."""
    create_masks: bool = False
    """If True, masks will be created for the subject."""


class FluxLoraPortraitTrainerOutput(OutputModel):
    diffusers_lora_file: shared.File
    """URL to the trained diffusers lora weights."""
    config_file: shared.File
    """URL to the training configuration file."""
