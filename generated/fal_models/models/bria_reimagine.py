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


class BriaReimagineInput(InputModel):
    prompt: Annotated[
        str, Field(description="The prompt you would like to use to generate images.")
    ]
    """The prompt you would like to use to generate images."""

    structure_image_url: Annotated[
        str,
        Field(
            description='The URL of the structure reference image. Use "" to leave empty. '
            "Accepted formats are jpeg, jpg, png, webp.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = ""
    """The URL of the structure reference image. Use "" to leave empty. Accepted formats are
    jpeg, jpg, png, webp.
    """

    structure_ref_influence: Annotated[
        float, Field(description="The influence of the structure reference on the generated image.")
    ] = 0.75
    """The influence of the structure reference on the generated image."""

    num_results: Annotated[
        int,
        Field(
            description="How many images you would like to generate. When using any Guidance "
            "Method, Value is set to 1.",
            ge=1,
            le=4,
        ),
    ] = 1
    """How many images you would like to generate. When using any Guidance Method, Value is set
    to 1.
    """

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

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of iterations the model goes through to refine the generated "
            "image. This parameter is optional.",
            ge=20,
            le=50,
        ),
    ] = 30
    """The number of iterations the model goes through to refine the generated image. This
    parameter is optional.
    """

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


class BriaReimagineOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images")]
    """The generated images"""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
