# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaFiboEditRewriteTextInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The source image."""
    new_text: str
    """The new text string to appear in the image."""


class BriaFiboEditRewriteTextOutput(OutputModel):
    image: shared.Image
    """Generated image."""
    images: Annotated[list[shared.Image], Field(validate_default=True)] = []
    """Generated images."""
    structured_instruction: dict[str, Any]
    """Current instruction."""
