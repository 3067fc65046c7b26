# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WorkflowUtilitiesBlendVideoInput(InputModel):
    """Input model for blending two video frames together"""

    top_video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the top layer video"""
    bottom_video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the bottom layer video"""
    blend_mode: Literal[
        "addition",
        "average",
        "burn",
        "darken",
        "difference",
        "divide",
        "dodge",
        "exclusion",
        "grainextract",
        "grainmerge",
        "hardlight",
        "lighten",
        "multiply",
        "negation",
        "normal",
        "overlay",
        "phoenix",
        "pinlight",
        "reflect",
        "screen",
        "softlight",
        "subtract",
        "vividlight",
    ] = "overlay"
    """Blend mode to use for combining the videos"""
    opacity: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Opacity of the top layer (0.0-1.0)"""
    shortest: bool = True
    """End output when the shortest input ends"""


class WorkflowUtilitiesBlendVideoOutput(OutputModel):
    """Output model for blended video"""

    video: shared.File
    """The blended video output"""
