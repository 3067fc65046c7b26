# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class CatVtonInput(InputModel):
    human_image_url: Annotated[
        str, Field(description="Url for the human image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url for the human image."""

    garment_image_url: Annotated[
        str, Field(description="Url to the garment image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url to the garment image."""

    cloth_type: Annotated[
        Literal["upper", "lower", "overall", "inner", "outer"],
        Field(
            description="Type of the Cloth to be tried on. Options: upper: Upper body cloth "
            "lower: Lower body cloth overall: Full body cloth inner: Inner cloth, like T-shirt "
            "inside a jacket outer: Outer cloth, like a jacket over a T-shirt"
        ),
    ]
    """Type of the Cloth to be tried on. Options: upper: Upper body cloth lower: Lower body cloth
    overall: Full body cloth inner: Inner cloth, like T-shirt inside a jacket outer: Outer
    cloth, like a jacket over a T-shirt
    """

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "portrait_4_3"
    """The size of the generated image."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 30
    """The number of inference steps to perform."""

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 2.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same input given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same input given to the same version of the model will output the
    same image every time.
    """


class CatVtonOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The output image.")]
    """The output image."""
