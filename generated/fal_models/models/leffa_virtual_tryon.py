# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LeffaVirtualTryonInput(InputModel):
    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 50
    """The number of inference steps to perform."""

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

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your input when generating the image.",
            ge=0.0,
            le=20.0,
        ),
    ] = 2.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your input when generating the image.
    """

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    human_image_url: Annotated[
        str, Field(description="Url for the human image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url for the human image."""

    garment_image_url: Annotated[
        str, Field(description="Url to the garment image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url to the garment image."""

    garment_type: Annotated[
        Literal["upper_body", "lower_body", "dresses"],
        Field(description="The type of the garment used for virtual try-on."),
    ]
    """The type of the garment used for virtual try-on."""


class LeffaVirtualTryonOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The output image.")]
    """The output image."""

    seed: Annotated[int, Field(description="The seed for the inference.")]
    """The seed for the inference."""

    has_nsfw_concepts: Annotated[
        bool, Field(description="Whether the image contains NSFW concepts.")
    ]
    """Whether the image contains NSFW concepts."""
