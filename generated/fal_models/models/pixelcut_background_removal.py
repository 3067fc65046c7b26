# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixelcutBackgroundRemovalInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input image (JPEG or PNG)"""
    output_format: Literal["rgba", "alpha", "zip"] = "rgba"
    """Output format"""
    sync_mode: bool = True
    """When true, return result as a data URL instead of uploading to storage"""


class PixelcutBackgroundRemovalOutput(OutputModel):
    image: shared.Image | None | MISSING = MISSING
    """Result image (for rgba/alpha output formats)"""
    file: shared.File | None | MISSING = MISSING
    """Result file (for zip output format)"""
