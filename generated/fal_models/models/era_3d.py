# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Era3dInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to remove background from"""
    cfg: Annotated[float, Field(ge=0.0, le=20.0)] = 4
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    steps: Annotated[int, Field(ge=1, le=200)] = 40
    """Number of steps to run the model for"""
    crop_size: Annotated[int, Field(ge=256, le=512)] = 400
    """Size of the image to crop to"""
    seed: int = -1
    """Seed for random number generation"""
    background_removal: bool = True
    """Background removal"""


class Era3dOutput(OutputModel):
    images: list[shared.Image]
    """Images with background removed"""
    normal_images: list[shared.Image]
    """Normal images with background removed"""
    seed: int
    """Seed used for random number generation"""
