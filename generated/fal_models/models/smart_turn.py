# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class SmartTurnInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the audio file to be processed."""


class SmartTurnOutput(OutputModel):
    prediction: int
    """The predicted turn type. 1 for Complete, 0 for Incomplete."""
    probability: float
    """The probability of the predicted turn type."""
    metrics: dict[str, Any]
    """The metrics of the inference."""
