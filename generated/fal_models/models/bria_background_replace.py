# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str, Field(description="The prompt you would like to use to generate images.", min_length=1)
    ],
)


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


class BriaBackgroundReplaceInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input Image to erase from", json_schema_extra={"x-fal-file": True})
    ]
    """Input Image to erase from"""

    ref_image_url: Annotated[
        str,
        Field(
            description="The URL of the reference image to be used for generating the new "
            'background. Use "" to leave empty. Either ref_image_url or bg_prompt has to be '
            "provided but not both. If both ref_image_url and ref_image_file are provided, "
            "ref_image_url will be used. Accepted formats are jpeg, jpg, png, webp.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = ""
    """The URL of the reference image to be used for generating the new background. Use "" to
    leave empty. Either ref_image_url or bg_prompt has to be provided but not both. If both
    ref_image_url and ref_image_file are provided, ref_image_url will be used. Accepted
    formats are jpeg, jpg, png, webp.
    """

    prompt: Annotated[
        Prompt | None | MISSING,
        Field(description="The prompt you would like to use to generate images."),
    ] = MISSING
    """The prompt you would like to use to generate images."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt you would like to use to generate images.")
    ] = ""
    """The negative prompt you would like to use to generate images."""

    refine_prompt: Annotated[bool, Field(description="Whether to refine prompt")] = True
    """Whether to refine prompt"""

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

    fast: Annotated[bool, Field(description="Whether to use the fast model")] = True
    """Whether to use the fast model"""

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


class BriaBackgroundReplaceOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images")]
    """The generated images"""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
