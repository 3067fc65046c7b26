# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImageutilsDepthInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input image url."""
    a: float = 6.283185307179586
    """a"""
    bg_th: float = 0.1
    """bg_th"""
    depth_and_normal: bool = False
    """depth_and_normal"""


class ImageutilsDepthOutput(OutputModel):
    image: shared.Image
    """The depth map."""
