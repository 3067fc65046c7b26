# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaFiboEditRelightInput(InputModel):
    image_url: Annotated[
        str, Field(description="The source image.", json_schema_extra={"x-fal-file": True})
    ]
    """The source image."""

    light_direction: Annotated[
        Literal["front", "side", "bottom", "top-down"] | None,
        Field(description="Where the light comes from."),
    ]
    """Where the light comes from."""

    light_type: Annotated[
        Literal[
            "midday",
            "blue hour light",
            "low-angle sunlight",
            "sunrise light",
            "spotlight on subject",
            "overcast light",
            "soft overcast daylight lighting",
            "cloud-filtered lighting",
            "fog-diffused lighting",
            "moonlight lighting",
            "starlight nighttime",
            "soft bokeh lighting",
            "harsh studio lighting",
        ],
        Field(description="The quality/style/time of day."),
    ]
    """The quality/style/time of day."""


class BriaFiboEditRelightOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image.")]
    """Generated image."""

    images: Annotated[
        list[shared.Image], Field(description="Generated images.", validate_default=True)
    ] = []
    """Generated images."""

    structured_instruction: Annotated[dict[str, Any], Field(description="Current instruction.")]
    """Current instruction."""
