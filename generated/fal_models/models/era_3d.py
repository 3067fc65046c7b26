# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Era3dInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to remove background from",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to remove background from"""

    cfg: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 4
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    steps: Annotated[
        int, Field(description="Number of steps to run the model for", ge=1, le=200)
    ] = 40
    """Number of steps to run the model for"""

    crop_size: Annotated[int, Field(description="Size of the image to crop to", ge=256, le=512)] = (
        400
    )
    """Size of the image to crop to"""

    seed: Annotated[int, Field(description="Seed for random number generation")] = -1
    """Seed for random number generation"""

    background_removal: Annotated[bool, Field(description="Background removal")] = True
    """Background removal"""


class Era3dOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Images with background removed")]
    """Images with background removed"""

    normal_images: Annotated[
        list[shared.Image], Field(description="Normal images with background removed")
    ]
    """Normal images with background removed"""

    seed: Annotated[int, Field(description="Seed used for random number generation")]
    """Seed used for random number generation"""
