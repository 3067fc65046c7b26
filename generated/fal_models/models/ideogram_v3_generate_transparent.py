# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class IdeogramV3GenerateTransparentInput(InputModel):
    prompt: str
    aspect_ratio: Annotated[
        Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ],
        Field(description="The aspect ratio of the generated image."),
    ] = "1:1"
    """The aspect ratio of the generated image."""

    rendering_speed: Annotated[
        Literal["TURBO", "BALANCED", "QUALITY"], Field(description="The rendering speed to use.")
    ] = "BALANCED"
    """The rendering speed to use."""

    expand_prompt: Annotated[
        bool,
        Field(
            description="Determine if MagicPrompt should be used in generating the request or not."
        ),
    ] = True
    """Determine if MagicPrompt should be used in generating the request or not."""

    negative_prompt: Annotated[
        str,
        Field(
            description="Description of what to exclude from an image. Descriptions in the prompt "
            "take precedence to descriptions in the negative prompt."
        ),
    ] = ""
    """Description of what to exclude from an image. Descriptions in the prompt take precedence
    to descriptions in the negative prompt.
    """

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=8)] = 1
    """Number of images to generate."""

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


class IdeogramV3GenerateTransparentOutput(OutputModel):
    images: list[shared.File]
    seed: Annotated[int, Field(description="Seed used for the random number generator")]
    """Seed used for the random number generator"""
