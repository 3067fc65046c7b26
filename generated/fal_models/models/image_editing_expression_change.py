# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageEditingExpressionChangeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Image prompt for the omni model.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """Image prompt for the omni model."""

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 3.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps for sampling.", ge=1, le=50)
    ] = 30
    """Number of inference steps for sampling."""

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5", "6"],
        Field(
            description="The safety tolerance level for the generated image. 1 being the most "
            "strict and 6 being the most permissive."
        ),
    ] = "2"
    """The safety tolerance level for the generated image. 1 being the most strict and 6 being
    the most permissive.
    """

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"] | None | MISSING,
        Field(description="The aspect ratio of the generated image."),
    ] = MISSING
    """The aspect ratio of the generated image."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
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

    prompt: Annotated[str, Field(description="The desired facial expression to apply.")] = "sad"
    """The desired facial expression to apply."""


class ImageEditingExpressionChangeOutput(OutputModel):
    images: list[shared.Image]
    seed: int
