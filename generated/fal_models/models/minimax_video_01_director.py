# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxVideo01DirectorInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for video generation. Camera movement instructions can be "
            "added using square brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 "
            "combined movements per prompt. Supported movements: Truck left/right, Pan "
            "left/right, Push in/Pull out, Pedestal up/down, Tilt up/down, Zoom in/out, Shake, "
            "Tracking shot, Static shot. For example: [Truck left, Pan right, Zoom in]. For a "
            "more detailed guide, refer "
            "https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645",
            max_length=2000,
        ),
    ]
    """Text prompt for video generation. Camera movement instructions can be added using square
    brackets (e.g. [Pan left] or [Zoom in]). You can use up to 3 combined movements per
    prompt. Supported movements: Truck left/right, Pan left/right, Push in/Pull out, Pedestal
    up/down, Tilt up/down, Zoom in/out, Shake, Tracking shot, Static shot. For example: [Truck
    left, Pan right, Zoom in]. For a more detailed guide, refer
    https://sixth-switch-2ac.notion.site/T2V-01-Director-Model-Tutorial-with-camera-movement-1886c20a98eb80f395b8e05291ad8645
    """

    prompt_optimizer: Annotated[
        bool, Field(description="Whether to use the model's prompt optimizer")
    ] = True
    """Whether to use the model's prompt optimizer"""


class MinimaxVideo01DirectorOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
