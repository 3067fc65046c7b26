# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingDissolveInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    dissolve_image_url: Annotated[
        str,
        Field(
            description="URL of second image for dissolve", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of second image for dissolve"""

    dissolve_factor: Annotated[
        float, Field(description="Dissolve blend factor", ge=0.0, le=1.0)
    ] = 0.5
    """Dissolve blend factor"""


class PostProcessingDissolveOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with dissolve effect")
    ]
    """The processed images with dissolve effect"""
