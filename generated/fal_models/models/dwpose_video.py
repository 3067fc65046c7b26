# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class DwposeVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of video to be used for pose estimation",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of video to be used for pose estimation"""

    draw_mode: Annotated[
        Literal[
            "full-pose",
            "body-pose",
            "face-pose",
            "hand-pose",
            "face-hand-mask",
            "face-mask",
            "hand-mask",
        ],
        Field(
            description="Mode of drawing the pose on the video. Options are: 'full-pose', "
            "'body-pose', 'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'."
        ),
    ] = "body-pose"
    """Mode of drawing the pose on the video. Options are: 'full-pose', 'body-pose', 'face-pose',
    'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'.
    """


class DwposeVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The output video with pose estimation.")]
    """The output video with pose estimation."""
