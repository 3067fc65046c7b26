# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsMidasInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""

    a: Annotated[float, Field(description="A parameter for the MiDaS detector")] = 6.283185307179586
    """A parameter for the MiDaS detector"""

    background_threshold: Annotated[
        float, Field(description="Background threshold for the MiDaS detector")
    ] = 0.1
    """Background threshold for the MiDaS detector"""


class ImagePreprocessorsMidasOutput(OutputModel):
    depth_map: Annotated[shared.Image, Field(description="Image with MiDaS depth map")]
    """Image with MiDaS depth map"""

    normal_map: Annotated[shared.Image, Field(description="Image with MiDaS normal map")]
    """Image with MiDaS normal map"""
