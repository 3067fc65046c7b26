# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class BagelUnderstandInput(InputModel):
    image_url: Annotated[
        str, Field(description="The image for the query.", json_schema_extra={"x-fal-file": True})
    ]
    """The image for the query."""

    prompt: Annotated[str, Field(description="The prompt to query the image with.")]
    """The prompt to query the image with."""

    seed: Annotated[int | MISSING, Field(description="The seed to use for the generation.")] = (
        MISSING
    )
    """The seed to use for the generation."""


class BagelUnderstandOutput(OutputModel):
    text: Annotated[str, Field(description="The answer to the query.")]
    """The answer to the query."""

    seed: Annotated[int, Field(description="The seed used for the generation.")]
    """The seed used for the generation."""

    prompt: Annotated[str, Field(description="The query used for the generation.")]
    """The query used for the generation."""

    timings: Annotated[dict[str, Any], Field(description="The timings of the generation.")]
    """The timings of the generation."""
