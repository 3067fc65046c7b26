# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CatVtonInput(InputModel):
    human_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Url for the human image."""
    garment_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Url to the garment image."""
    cloth_type: Literal["upper", "lower", "overall", "inner", "outer"]
    """Type of the Cloth to be tried on. Options: upper: Upper body cloth lower: Lower body cloth
    overall: Full body cloth inner: Inner cloth, like T-shirt inside a jacket outer: Outer
    cloth, like a jacket over a T-shirt
    """
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "portrait_4_3"
    )
    """The size of the generated image."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 30
    """The number of inference steps to perform."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 2.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    seed: int | None | MISSING = MISSING
    """The same seed and the same input given to the same version of the model will output the
    same image every time.
    """


class CatVtonOutput(OutputModel):
    image: shared.Image
    """The output image."""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
