# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class InvisibleWatermarkInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to be watermarked or decoded"""
    watermark: str = "watermark"
    """Text to use as watermark (for encoding only)"""
    decode: bool = False
    """Whether to decode a watermark from the image instead of encoding"""
    length: int = 0
    """Length of watermark bits to decode (required when decode=True)"""


class InvisibleWatermarkOutput(OutputModel):
    image: shared.Image | MISSING = MISSING
    """The watermarked image file info (when encoding)"""
    extracted_watermark: str | MISSING = MISSING
    """The extracted watermark text (when decoding)"""
    length: int = 0
    """Length of the watermark bits used (helpful for future decoding)"""
