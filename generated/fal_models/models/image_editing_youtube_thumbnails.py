# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageEditingYoutubeThumbnailsInput(InputModel):
    """Input model for YouTube thumbnails endpoint."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to convert to YouTube thumbnail style.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to convert to YouTube thumbnail style."""

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

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker for the generated image.")
    ] = True
    """Whether to enable the safety checker for the generated image."""

    lora_scale: Annotated[
        float,
        Field(
            description="The scale factor for the LoRA model. Controls the strength of the LoRA "
            "effect.",
            ge=0.0,
            le=4.0,
        ),
    ] = 0.5
    """The scale factor for the LoRA model. Controls the strength of the LoRA effect."""

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

    prompt: Annotated[str, Field(description="The text to include in the YouTube thumbnail.")] = (
        "Generate youtube thumbnails"
    )
    """The text to include in the YouTube thumbnail."""


class ImageEditingYoutubeThumbnailsOutput(OutputModel):
    images: list[shared.Image]
    seed: int
