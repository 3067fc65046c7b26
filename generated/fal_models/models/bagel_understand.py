# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class BagelUnderstandInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image for the query."""
    prompt: str
    """The prompt to query the image with."""
    seed: int | MISSING = MISSING
    """The seed to use for the generation."""


class BagelUnderstandOutput(OutputModel):
    text: str
    """The answer to the query."""
    seed: int
    """The seed used for the generation."""
    prompt: str
    """The query used for the generation."""
    timings: dict[str, Any]
    """The timings of the generation."""
