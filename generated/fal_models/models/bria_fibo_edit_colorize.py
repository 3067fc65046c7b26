# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaFiboEditColorizeInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The source image."""
    color: Literal["contemporary color", "vivid color", "black and white colors", "sepia vintage"]
    """Select the color palette or aesthetic for the output image"""


class BriaFiboEditColorizeOutput(OutputModel):
    image: shared.Image
    """Generated image."""
    images: Annotated[list[shared.Image], Field(validate_default=True)] = []
    """Generated images."""
    structured_instruction: dict[str, Any]
    """Current instruction."""
