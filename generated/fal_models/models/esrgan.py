# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class EsrganInput(InputModel):
    image_url: Annotated[
        str, Field(description="Url to input image", json_schema_extra={"x-fal-file": True})
    ]
    """Url to input image"""

    scale: Annotated[float, Field(description="Rescaling factor", ge=1.0, le=8.0)] = 2
    """Rescaling factor"""

    tile: Annotated[
        int,
        Field(
            description="Tile size. Default is 0, that is no tile. When encountering the "
            "out-of-GPU-memory issue, please specify it, e.g., 400 or 200"
        ),
    ] = 0
    """Tile size. Default is 0, that is no tile. When encountering the out-of-GPU-memory issue,
    please specify it, e.g., 400 or 200
    """

    face: Annotated[bool, Field(description="Upscaling a face")] = False
    """Upscaling a face"""

    model: Annotated[
        Literal[
            "RealESRGAN_x4plus",
            "RealESRGAN_x2plus",
            "RealESRGAN_x4plus_anime_6B",
            "RealESRGAN_x4_v3",
            "RealESRGAN_x4_wdn_v3",
            "RealESRGAN_x4_anime_v3",
        ],
        Field(description="Model to use for upscaling"),
    ] = "RealESRGAN_x4plus"
    """Model to use for upscaling"""

    output_format: Annotated[
        Literal["png", "jpeg"], Field(description="Output image format (png or jpeg)")
    ] = "png"
    """Output image format (png or jpeg)"""


class EsrganOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Upscaled image")]
    """Upscaled image"""
