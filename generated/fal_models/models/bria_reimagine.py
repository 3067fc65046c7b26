# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaReimagineInput(InputModel):
    prompt: str
    """The prompt you would like to use to generate images."""
    structure_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})] = ""
    """The URL of the structure reference image. Use "" to leave empty. Accepted formats are
    jpeg, jpg, png, webp.
    """
    structure_ref_influence: float = 0.75
    """The influence of the structure reference on the generated image."""
    num_results: Annotated[int, Field(ge=1, le=4)] = 1
    """How many images you would like to generate. When using any Guidance Method, Value is set
    to 1.
    """
    seed: Seed | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    fast: bool = True
    """Whether to use the fast model"""
    num_inference_steps: Annotated[int, Field(ge=20, le=50)] = 30
    """The number of iterations the model goes through to refine the generated image. This
    parameter is optional.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class BriaReimagineOutput(OutputModel):
    images: list[shared.Image]
    """The generated images"""
    seed: int
    """Seed value used for generation."""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=0, le=2147483647)])
"""The same seed and the same prompt given to the same version of the model will output the same
image every time.
"""
