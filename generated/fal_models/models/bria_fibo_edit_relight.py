# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaFiboEditRelightInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The source image."""
    light_direction: Literal["front", "side", "bottom", "top-down"] | None
    """Where the light comes from."""
    light_type: Literal[
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
    ]
    """The quality/style/time of day."""


class BriaFiboEditRelightOutput(OutputModel):
    image: shared.Image
    """Generated image."""
    images: Annotated[list[shared.Image], Field(validate_default=True)] = []
    """Generated images."""
    structured_instruction: dict[str, Any]
    """Current instruction."""
