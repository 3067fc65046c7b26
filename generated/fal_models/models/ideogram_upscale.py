# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramUpscaleInput(InputModel):
    image_url: Annotated[
        str, Field(description="The image URL to upscale", json_schema_extra={"x-fal-file": True})
    ]
    """The image URL to upscale"""

    prompt: Annotated[str | None, Field(description="The prompt to upscale the image with")] = ""
    """The prompt to upscale the image with"""

    resemblance: Annotated[
        int,
        Field(
            description="The resemblance of the upscaled image to the original image", ge=1, le=100
        ),
    ] = 50
    """The resemblance of the upscaled image to the original image"""

    detail: Annotated[int, Field(description="The detail of the upscaled image", ge=1, le=100)] = 50
    """The detail of the upscaled image"""

    expand_prompt: Annotated[
        bool, Field(description="Whether to expand the prompt with MagicPrompt functionality.")
    ] = False
    """Whether to expand the prompt with MagicPrompt functionality."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator")
    ] = MISSING
    """Seed for the random number generator"""

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


class IdeogramUpscaleOutput(OutputModel):
    images: list[shared.File]
    seed: Annotated[int, Field(description="Seed used for the random number generator")]
    """Seed used for the random number generator"""
