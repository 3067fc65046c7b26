# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixelcutBackgroundRemovalInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input image (JPEG or PNG)", json_schema_extra={"x-fal-file": True})
    ]
    """Input image (JPEG or PNG)"""

    output_format: Annotated[
        Literal["rgba", "alpha", "zip"], Field(description="Output format")
    ] = "rgba"
    """Output format"""

    sync_mode: Annotated[
        bool,
        Field(description="When true, return result as a data URL instead of uploading to storage"),
    ] = True
    """When true, return result as a data URL instead of uploading to storage"""


class PixelcutBackgroundRemovalOutput(OutputModel):
    image: Annotated[
        shared.Image | None | MISSING,
        Field(description="Result image (for rgba/alpha output formats)"),
    ] = MISSING
    """Result image (for rgba/alpha output formats)"""

    file: Annotated[
        shared.File | None | MISSING, Field(description="Result file (for zip output format)")
    ] = MISSING
    """Result file (for zip output format)"""
