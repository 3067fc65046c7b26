# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaBackgroundReplaceInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input Image to erase from"""
    ref_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})] = ""
    """The URL of the reference image to be used for generating the new background. Use "" to
    leave empty. Either ref_image_url or bg_prompt has to be provided but not both. If both
    ref_image_url and ref_image_file are provided, ref_image_url will be used. Accepted
    formats are jpeg, jpg, png, webp.
    """
    prompt: Prompt | None | MISSING = MISSING
    """The prompt you would like to use to generate images."""
    negative_prompt: str = ""
    """The negative prompt you would like to use to generate images."""
    refine_prompt: bool = True
    """Whether to refine prompt"""
    seed: Seed | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    fast: bool = True
    """Whether to use the fast model"""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of Images to generate."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class BriaBackgroundReplaceOutput(OutputModel):
    images: list[shared.Image]
    """The generated images"""
    seed: int
    """Seed value used for generation."""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(min_length=1)])
"""The prompt you would like to use to generate images."""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=0, le=2147483647)])
"""The same seed and the same prompt given to the same version of the model will output the same
image every time.
"""
