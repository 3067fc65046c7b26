# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

MeasurementsPreset = TypeAliasType("MeasurementsPreset", Literal["clip_score"])


class SemanticImageInput(InputModel):
    hypothesis: Annotated[
        str, Field(description="The hypothesis image to use for the measurement.")
    ]
    """The hypothesis image to use for the measurement."""

    reference: Annotated[str, Field(description="The text reference to use for the measurement.")]
    """The text reference to use for the measurement."""


class ArbiterImageTextOutput(OutputModel):
    values: Annotated[
        list[dict[str, float | dict[str, float]]] | MISSING,
        Field(description="The values of the measurements."),
    ] = MISSING
    """The values of the measurements."""


class ArbiterImageTextInput(InputModel):
    measurements: Annotated[
        list[MeasurementsPreset], Field(description="The measurements to use for the measurement.")
    ]
    """The measurements to use for the measurement."""

    inputs: Annotated[
        list[SemanticImageInput], Field(description="The inputs to use for the measurement.")
    ]
    """The inputs to use for the measurement."""
