# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class InvisibleWatermarkInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be watermarked or decoded",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be watermarked or decoded"""

    watermark: Annotated[str, Field(description="Text to use as watermark (for encoding only)")] = (
        "watermark"
    )
    """Text to use as watermark (for encoding only)"""

    decode: Annotated[
        bool, Field(description="Whether to decode a watermark from the image instead of encoding")
    ] = False
    """Whether to decode a watermark from the image instead of encoding"""

    length: Annotated[
        int, Field(description="Length of watermark bits to decode (required when decode=True)")
    ] = 0
    """Length of watermark bits to decode (required when decode=True)"""


class InvisibleWatermarkOutput(OutputModel):
    image: Annotated[
        shared.Image | MISSING, Field(description="The watermarked image file info (when encoding)")
    ] = MISSING
    """The watermarked image file info (when encoding)"""

    extracted_watermark: Annotated[
        str | MISSING, Field(description="The extracted watermark text (when decoding)")
    ] = MISSING
    """The extracted watermark text (when decoding)"""

    length: Annotated[
        int, Field(description="Length of the watermark bits used (helpful for future decoding)")
    ] = 0
    """Length of the watermark bits used (helpful for future decoding)"""
