# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class ArbiterImageTextInput(InputModel):
    measurements: list[MeasurementsPreset]
    """The measurements to use for the measurement."""
    inputs: list[SemanticImageInput]
    """The inputs to use for the measurement."""


class ArbiterImageTextOutput(OutputModel):
    values: list[dict[str, float | dict[str, float]]] | MISSING = MISSING
    """The values of the measurements."""


MeasurementsPreset = TypeAliasType("MeasurementsPreset", Literal["clip_score"])


class SemanticImageInput(InputModel):
    hypothesis: str
    """The hypothesis image to use for the measurement."""
    reference: str
    """The text reference to use for the measurement."""
