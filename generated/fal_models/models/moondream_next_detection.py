# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MoondreamNextDetectionInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Image URL to be processed"""
    task_type: Literal["bbox_detection", "point_detection", "gaze_detection"]
    """Type of detection to perform"""
    detection_prompt: str
    """Text description of what to detect"""
    use_ensemble: bool = False
    """Whether to use ensemble for gaze detection"""
    combine_points: bool = False
    """Whether to combine points into a single point for point detection. This has no effect for
    bbox detection or gaze detection.
    """
    show_visualization: bool = True
    """Whether to show visualization for detection"""


class MoondreamNextDetectionOutput(OutputModel):
    image: shared.Image | None | MISSING = MISSING
    """Output image with detection visualization"""
    text_output: str
    """Detection results as text"""
