# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class QwenImageLayeredTrainerInput(InputModel):
    image_data_url: Annotated[
        str,
        Field(
            description="URL to the input data zip archive. The zip should contain groups of "
            "images. The images should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT, "
            "..., ROOT_endN.EXT For example: photo_start.png, photo_end.png, photo_end2.png, ..., "
            "photo_endN.png The start image is the base image that will be decomposed into "
            "layers. The end images are the layers that will be added to the base image. "
            "ROOT_end.EXT is the first layer, ROOT_end2.EXT is the second layer, and so on. You "
            "can have up to 8 layers. All image groups must have the same number of output "
            "layers. The end images can contain transparent regions. Only PNG and WebP images are "
            "supported since these are the only formats that support transparency. The zip can "
            "also contain a text file for each image group. The text file should be named: "
            "ROOT.txt For example: photo.txt This text file can be used to specify a description "
            "of the base image. If no text file is provided, the default_caption will be used. If "
            "no default_caption is provided, the training will fail.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the input data zip archive. The zip should contain groups of images. The images
    should be named: ROOT_start.EXT, ROOT_end.EXT, ROOT_end2.EXT, ..., ROOT_endN.EXT For
    example: photo_start.png, photo_end.png, photo_end2.png, ..., photo_endN.png The start
    image is the base image that will be decomposed into layers. The end images are the layers
    that will be added to the base image. ROOT_end.EXT is the first layer, ROOT_end2.EXT is
    the second layer, and so on. You can have up to 8 layers. All image groups must have the
    same number of output layers. The end images can contain transparent regions. Only PNG and
    WebP images are supported since these are the only formats that support transparency. The
    zip can also contain a text file for each image group. The text file should be named:
    ROOT.txt For example: photo.txt This text file can be used to specify a description of the
    base image. If no text file is provided, the default_caption will be used. If no
    default_caption is provided, the training will fail.
    """

    learning_rate: Annotated[float, Field(description="Learning rate for LoRA parameters.")] = (
        0.0001
    )
    """Learning rate for LoRA parameters."""

    steps: Annotated[
        int, Field(description="Number of steps to train for", ge=100, le=10000, multiple_of=100)
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


class QwenImageLayeredTrainerOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the configuration file for the trained model.")
    ]
    """URL to the configuration file for the trained model."""
