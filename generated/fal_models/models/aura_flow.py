# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AuraFlowInput(InputModel):
    prompt: str
    """The prompt to generate images from"""
    num_images: Annotated[int, Field(ge=1, le=2)] = 1
    """The number of images to generate"""
    seed: int | None | MISSING = MISSING
    """The seed to use for generating images"""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 3.5
    """Classifier free guidance scale"""
    num_inference_steps: Annotated[int, Field(ge=20, le=50)] = 50
    """The number of inference steps to take"""
    expand_prompt: bool = True
    """Whether to perform prompt expansion (recommended)"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class AuraFlowOutput(OutputModel):
    images: list[shared.Image]
    """The generated images"""
    seed: int
    """The seed used to generate the images"""
    prompt: str
    """The expanded prompt"""
