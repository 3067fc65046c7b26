# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WorkflowUtilitiesReverseVideoInput(InputModel):
    """Input model for reversing a video"""

    video_url: Annotated[
        str,
        Field(
            description="URL of the video file to reverse", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the video file to reverse"""


class WorkflowUtilitiesReverseVideoOutput(OutputModel):
    """Output model for reversed video"""

    video: Annotated[shared.File, Field(description="The reversed video")]
    """The reversed video"""
