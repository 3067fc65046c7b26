# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaFiboEditColorizeInput(InputModel):
    image_url: Annotated[
        str, Field(description="The source image.", json_schema_extra={"x-fal-file": True})
    ]
    """The source image."""

    color: Annotated[
        Literal["contemporary color", "vivid color", "black and white colors", "sepia vintage"],
        Field(description="Select the color palette or aesthetic for the output image"),
    ]
    """Select the color palette or aesthetic for the output image"""


class BriaFiboEditColorizeOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image.")]
    """Generated image."""

    images: Annotated[
        list[shared.Image], Field(description="Generated images.", validate_default=True)
    ] = []
    """Generated images."""

    structured_instruction: Annotated[dict[str, Any], Field(description="Current instruction.")]
    """Current instruction."""
