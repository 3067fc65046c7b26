# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class QwenImageTrainerInput(InputModel):
    image_data_url: Annotated[
        str,
        Field(
            description="URL to zip archive with images for training. The archive should contain "
            "images and corresponding text files with captions. Each text file should have the "
            "same name as the image file it corresponds to (e.g., image1.jpg and image1.txt). If "
            "text files are missing for some images, you can provide a trigger_phrase to "
            "automatically create them. Supported image formats: PNG, JPG, JPEG, WEBP. Try to use "
            "at least 10 images, although more is better.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to zip archive with images for training. The archive should contain images and
    corresponding text files with captions. Each text file should have the same name as the
    image file it corresponds to (e.g., image1.jpg and image1.txt). If text files are missing
    for some images, you can provide a trigger_phrase to automatically create them. Supported
    image formats: PNG, JPG, JPEG, WEBP. Try to use at least 10 images, although more is
    better.
    """

    steps: Annotated[
        int,
        Field(
            description="Total number of training steps to perform. Default is 4000.", ge=1, le=8000
        ),
    ] = 1000
    """Total number of training steps to perform. Default is 4000."""

    learning_rate: Annotated[
        float, Field(description="Learning rate for training. Default is 5e-4", ge=1e-06, le=0.01)
    ] = 0.0005
    """Learning rate for training. Default is 5e-4"""

    trigger_phrase: Annotated[
        str,
        Field(
            description="Default caption to use for images that don't have corresponding text "
            "files. If provided, missing .txt files will be created automatically."
        ),
    ] = ""
    """Default caption to use for images that don't have corresponding text files. If provided,
    missing .txt files will be created automatically.
    """


class QwenImageTrainerOutput(OutputModel):
    lora_file: Annotated[shared.File, Field(description="URL to the trained LoRA weights file.")]
    """URL to the trained LoRA weights file."""

    config_file: Annotated[
        shared.File, Field(description="URL to the training configuration file.")
    ]
    """URL to the training configuration file."""
