# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class ArbiterImageInput(InputModel):
    measurements: list[MeasurementsPreset]
    """The measurements to use for the measurement."""
    inputs: list[ImageInput]
    """The inputs to use for the measurement."""


class ArbiterImageOutput(OutputModel):
    values: list[dict[str, float | dict[str, float]]] | MISSING = MISSING
    """The values of the measurements."""


class ImageInput(InputModel):
    hypothesis: str
    """The image to use for the measurement."""


MeasurementsPreset = TypeAliasType(
    "MeasurementsPreset", Literal["arniqa", "clip_iqa", "musiq", "nima", "lapvar"]
)
