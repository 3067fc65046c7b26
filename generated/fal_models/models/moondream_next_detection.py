# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MoondreamNextDetectionInput(InputModel):
    image_url: Annotated[
        str, Field(description="Image URL to be processed", json_schema_extra={"x-fal-file": True})
    ]
    """Image URL to be processed"""

    task_type: Annotated[
        Literal["bbox_detection", "point_detection", "gaze_detection"],
        Field(description="Type of detection to perform"),
    ]
    """Type of detection to perform"""

    detection_prompt: Annotated[str, Field(description="Text description of what to detect")]
    """Text description of what to detect"""

    use_ensemble: Annotated[
        bool, Field(description="Whether to use ensemble for gaze detection")
    ] = False
    """Whether to use ensemble for gaze detection"""

    combine_points: Annotated[
        bool,
        Field(
            description="Whether to combine points into a single point for point detection. This "
            "has no effect for bbox detection or gaze detection."
        ),
    ] = False
    """Whether to combine points into a single point for point detection. This has no effect for
    bbox detection or gaze detection.
    """

    show_visualization: Annotated[
        bool, Field(description="Whether to show visualization for detection")
    ] = True
    """Whether to show visualization for detection"""


class MoondreamNextDetectionOutput(OutputModel):
    image: Annotated[
        shared.Image | None | MISSING,
        Field(description="Output image with detection visualization"),
    ] = MISSING
    """Output image with detection visualization"""

    text_output: Annotated[str, Field(description="Detection results as text")]
    """Detection results as text"""
