# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Seed = TypeAliasType(
    "Seed",
    Annotated[
        int,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time.",
            ge=0,
            le=2147483647,
        ),
    ],
)


class BriaGenfillInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input Image to erase from", json_schema_extra={"x-fal-file": True})
    ]
    """Input Image to erase from"""

    mask_url: Annotated[
        str,
        Field(
            description="The URL of the binary mask image that represents the area that will be "
            "cleaned.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the binary mask image that represents the area that will be cleaned."""

    prompt: Annotated[
        str, Field(description="The prompt you would like to use to generate images.")
    ]
    """The prompt you would like to use to generate images."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt you would like to use to generate images.")
    ] = ""
    """The negative prompt you would like to use to generate images."""

    seed: Annotated[
        Seed | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    num_images: Annotated[int, Field(description="Number of Images to generate.", ge=1, le=4)] = 1
    """Number of Images to generate."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class BriaGenfillOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated Images")]
    """Generated Images"""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
