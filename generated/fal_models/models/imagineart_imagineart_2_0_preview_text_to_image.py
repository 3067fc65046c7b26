# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImagineartImagineart2_0PreviewTextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt describing the desired image")]
    """Text prompt describing the desired image"""

    aspect_ratio: Annotated[
        Literal[
            "1:1",
            "16:9",
            "9:16",
            "4:3",
            "3:4",
            "3:1",
            "1:3",
            "3:2",
            "2:3",
            "21:9",
            "4:5",
            "5:4",
            "4:1",
            "1:4",
        ],
        Field(
            description="Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9, "
            "4:5, 5:4, 4:1, 1:4"
        ),
    ] = "1:1"
    """Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9, 4:5, 5:4, 4:1,
    1:4
    """

    resolution: Annotated[
        Literal["1K", "2K"],
        Field(
            description="Output resolution: '1K' targets ~1024px and will be faster. '2K' targets "
            "~2048px image size and will be slower but with higher quality."
        ),
    ] = "2K"
    """Output resolution: '1K' targets ~1024px and will be faster. '2K' targets ~2048px image
    size and will be slower but with higher quality.
    """

    seed: Annotated[
        int | MISSING, Field(description="Default is random (0 and -1 are treated as random)")
    ] = MISSING
    """Default is random (0 and -1 are treated as random)"""

    reasoning: Annotated[
        Literal["high", "low"],
        Field(
            description="Visual Understanding Level: low (default) or high. High reasoning takes "
            "more time but generates better images."
        ),
    ] = "low"
    """Visual Understanding Level: low (default) or high. High reasoning takes more time but
    generates better images.
    """


class ImagineartImagineart2_0PreviewTextToImageOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated image")]
    """Generated image"""
