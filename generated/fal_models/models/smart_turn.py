# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class SmartTurnInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio file to be processed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio file to be processed."""


class SmartTurnOutput(OutputModel):
    prediction: Annotated[
        int, Field(description="The predicted turn type. 1 for Complete, 0 for Incomplete.")
    ]
    """The predicted turn type. 1 for Complete, 0 for Incomplete."""

    probability: Annotated[float, Field(description="The probability of the predicted turn type.")]
    """The probability of the predicted turn type."""

    metrics: Annotated[dict[str, Any], Field(description="The metrics of the inference.")]
    """The metrics of the inference."""
