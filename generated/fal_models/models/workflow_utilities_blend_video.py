# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WorkflowUtilitiesBlendVideoInput(InputModel):
    """Input model for blending two video frames together"""

    top_video_url: Annotated[
        str, Field(description="URL of the top layer video", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the top layer video"""

    bottom_video_url: Annotated[
        str,
        Field(description="URL of the bottom layer video", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the bottom layer video"""

    blend_mode: Annotated[
        Literal[
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
        ],
        Field(description="Blend mode to use for combining the videos"),
    ] = "overlay"
    """Blend mode to use for combining the videos"""

    opacity: Annotated[
        float, Field(description="Opacity of the top layer (0.0-1.0)", ge=0.0, le=1.0)
    ] = 1
    """Opacity of the top layer (0.0-1.0)"""

    shortest: Annotated[bool, Field(description="End output when the shortest input ends")] = True
    """End output when the shortest input ends"""


class WorkflowUtilitiesBlendVideoOutput(OutputModel):
    """Output model for blended video"""

    video: Annotated[shared.File, Field(description="The blended video output")]
    """The blended video output"""
