# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FloweditInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to be used for relighting"""
    source_prompt: str
    """Prompt of the image to be used."""
    target_prompt: str
    """Prompt of the image to be made."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation. If set none, a random seed will be used."""
    num_inference_steps: NumInferenceSteps | None = 28
    """Steps for which the model should run."""
    src_guidance_scale: SrcGuidanceScale | None = 1.5
    """Guidance scale for the source."""
    tar_guidance_scale: TarGuidanceScale | None = 5.5
    """Guidance scale for target."""
    n_avg: int | None = 1
    """Average step count"""
    n_max: int | None = 23
    """Control the strength of the edit"""
    n_min: int | None = 0
    """Minimum step for improved style edits"""


class FloweditOutput(OutputModel):
    image: shared.Image
    """The generated image file info."""
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """


NumInferenceSteps = TypeAliasType("NumInferenceSteps", Annotated[int, Field(ge=1, le=50)])
"""Steps for which the model should run."""


SrcGuidanceScale = TypeAliasType("SrcGuidanceScale", Annotated[float, Field(ge=0.0, le=30.0)])
"""Guidance scale for the source."""


TarGuidanceScale = TypeAliasType("TarGuidanceScale", Annotated[float, Field(ge=0.0, le=30.0)])
"""Guidance scale for target."""
