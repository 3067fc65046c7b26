# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramV2EditInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to fill the masked part of the image.")]
    """The prompt to fill the masked part of the image."""

    image_url: Annotated[
        str,
        Field(
            description="The image URL to generate an image from. Needs to match the dimensions "
            "of the mask.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL to generate an image from. Needs to match the dimensions of the mask."""

    mask_url: Annotated[
        str,
        Field(
            description="The mask URL to inpaint the image. Needs to match the dimensions of the "
            "input image.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The mask URL to inpaint the image. Needs to match the dimensions of the input image."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator")
    ] = MISSING
    """Seed for the random number generator"""

    style: Annotated[
        Literal["auto", "general", "realistic", "design", "render_3D", "anime"],
        Field(description="The style of the generated image"),
    ] = "auto"
    """The style of the generated image"""

    expand_prompt: Annotated[
        bool, Field(description="Whether to expand the prompt with MagicPrompt functionality.")
    ] = True
    """Whether to expand the prompt with MagicPrompt functionality."""

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


class IdeogramV2EditOutput(OutputModel):
    images: list[shared.File]
    seed: Annotated[int, Field(description="Seed used for the random number generator")]
    """Seed used for the random number generator"""
