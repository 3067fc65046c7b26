# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PshumanInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="A direct URL to the input image of a person.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """A direct URL to the input image of a person."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Guidance scale for the diffusion process. Controls how much the output "
            "adheres to the generated views.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """Guidance scale for the diffusion process. Controls how much the output adheres to the
    generated views.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Seed for reproducibility. If None, a random seed will be used."),
    ] = MISSING
    """Seed for reproducibility. If None, a random seed will be used."""


class PshumanOutput(OutputModel):
    model_obj: Annotated[shared.File, Field(description="The generated 3D model in OBJ format.")]
    """The generated 3D model in OBJ format."""

    preview_image: Annotated[
        shared.File,
        Field(
            description="A preview image showing the input and the generated multi-view outputs."
        ),
    ]
    """A preview image showing the input and the generated multi-view outputs."""
