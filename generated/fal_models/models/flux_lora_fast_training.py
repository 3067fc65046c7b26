# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Steps = TypeAliasType(
    "Steps",
    Annotated[int, Field(description="Number of steps to train the LoRA on.", ge=1, le=10000)],
)


class FluxLoraFastTrainingInput(InputModel):
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

    trigger_word: Annotated[
        str | None | MISSING,
        Field(
            description="Trigger word to be used in the captions. If None, a trigger word will "
            "not be used. If no captions are provide the trigger_word will be used instead of "
            "captions. If captions are the trigger word will not be used."
        ),
    ] = MISSING
    """Trigger word to be used in the captions. If None, a trigger word will not be used. If no
    captions are provide the trigger_word will be used instead of captions. If captions are
    the trigger word will not be used.
    """

    create_masks: Annotated[
        bool,
        Field(
            description="If True segmentation masks will be used in the weight the training loss. "
            "For people a face mask is used if possible."
        ),
    ] = True
    """If True segmentation masks will be used in the weight the training loss. For people a face
    mask is used if possible.
    """

    steps: Annotated[
        Steps | None | MISSING, Field(description="Number of steps to train the LoRA on.")
    ] = MISSING
    """Number of steps to train the LoRA on."""

    is_style: Annotated[
        bool,
        Field(
            description="If True, the training will be for a style. This will deactivate "
            "segmentation, captioning and will use trigger word instead. Use the trigger word to "
            "specify the style."
        ),
    ] = False
    """If True, the training will be for a style. This will deactivate segmentation, captioning
    and will use trigger word instead. Use the trigger word to specify the style.
    """

    is_input_format_already_preprocessed: Annotated[
        bool,
        Field(
            description="Specifies whether the input data is already in a processed format. When "
            "set to False (default), the system expects raw input where image files and their "
            "corresponding caption files share the same name (e.g., 'photo.jpg' and 'photo.txt'). "
            "Set to True if your data is already in a preprocessed format."
        ),
    ] = False
    """Specifies whether the input data is already in a processed format. When set to False
    (default), the system expects raw input where image files and their corresponding caption
    files share the same name (e.g., 'photo.jpg' and 'photo.txt'). Set to True if your data is
    already in a preprocessed format.
    """

    data_archive_format: Annotated[
        str | None | MISSING,
        Field(
            description="The format of the archive. If not specified, the format will be inferred "
            "from the URL."
        ),
    ] = MISSING
    """The format of the archive. If not specified, the format will be inferred from the URL."""


class FluxLoraFastTrainingOutput(OutputModel):
    diffusers_lora_file: Annotated[
        shared.File, Field(description="URL to the trained diffusers lora weights.")
    ]
    """URL to the trained diffusers lora weights."""

    config_file: Annotated[
        shared.File, Field(description="URL to the training configuration file.")
    ]
    """URL to the training configuration file."""

    debug_preprocessed_output: Annotated[
        shared.File | None | MISSING, Field(description="URL to the preprocessed images.")
    ] = MISSING
    """URL to the preprocessed images."""
