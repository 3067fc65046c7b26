# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaGenfillInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input Image to erase from"""
    mask_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the binary mask image that represents the area that will be cleaned."""
    prompt: str
    """The prompt you would like to use to generate images."""
    negative_prompt: str = ""
    """The negative prompt you would like to use to generate images."""
    seed: Seed | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of Images to generate."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class BriaGenfillOutput(OutputModel):
    images: list[shared.Image]
    """Generated Images"""
    seed: int
    """Seed value used for generation."""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=0, le=2147483647)])
"""The same seed and the same prompt given to the same version of the model will output the same
image every time.
"""
