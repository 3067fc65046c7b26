# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str, Field(description="Instruction for modifying the video", max_length=5000, min_length=3)
    ],
)


class LumaDreamMachineRay2FlashModifyInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to modify", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the input video to modify"""

    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL of the first frame image for modification",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL of the first frame image for modification"""

    prompt: Annotated[
        Prompt | None | MISSING, Field(description="Instruction for modifying the video")
    ] = MISSING
    """Instruction for modifying the video"""

    mode: Annotated[
        Literal[
            "adhere_1",
            "adhere_2",
            "adhere_3",
            "flex_1",
            "flex_2",
            "flex_3",
            "reimagine_1",
            "reimagine_2",
            "reimagine_3",
        ],
        Field(
            description="Amount of modification to apply to the video, adhere_1 is the least "
            "amount of modification, reimagine_3 is the most"
        ),
    ] = "flex_1"
    """Amount of modification to apply to the video, adhere_1 is the least amount of
    modification, reimagine_3 is the most
    """


class LumaDreamMachineRay2FlashModifyOutput(OutputModel):
    video: Annotated[shared.File, Field(description="URL of the modified video")]
    """URL of the modified video"""
