# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LeffaVirtualTryonInput(InputModel):
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 50
    """The number of inference steps to perform."""
    seed: int | None | MISSING = MISSING
    """The same seed and the same input given to the same version of the model will output the
    same image every time.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 2.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your input when generating the image.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png"] = "png"
    """The format of the generated image."""
    human_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Url for the human image."""
    garment_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Url to the garment image."""
    garment_type: Literal["upper_body", "lower_body", "dresses"]
    """The type of the garment used for virtual try-on."""


class LeffaVirtualTryonOutput(OutputModel):
    image: shared.Image
    """The output image."""
    seed: int
    """The seed for the inference."""
    has_nsfw_concepts: bool
    """Whether the image contains NSFW concepts."""
