# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImageutilsDepthInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Input image url."""

    a: Annotated[float, Field(description="a")] = 6.283185307179586
    """a"""

    bg_th: Annotated[float, Field(description="bg_th")] = 0.1
    """bg_th"""

    depth_and_normal: Annotated[bool, Field(description="depth_and_normal")] = False
    """depth_and_normal"""


class ImageutilsDepthOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The depth map.")]
    """The depth map."""
