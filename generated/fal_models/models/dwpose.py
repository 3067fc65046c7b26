# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class DwposeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

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
            description="Mode of drawing the pose on the image. Options are: 'full-pose', "
            "'body-pose', 'face-pose', 'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'."
        ),
    ] = "body-pose"
    """Mode of drawing the pose on the image. Options are: 'full-pose', 'body-pose', 'face-pose',
    'hand-pose', 'face-hand-mask', 'face-mask', 'hand-mask'.
    """


class DwposeOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The predicted pose image")]
    """The predicted pose image"""
