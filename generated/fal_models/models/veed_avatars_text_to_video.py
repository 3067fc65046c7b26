# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class VeedAvatarsTextToVideoInput(InputModel):
    avatar_id: Annotated[
        Literal[
            "emily_vertical_primary",
            "emily_vertical_secondary",
            "marcus_vertical_primary",
            "marcus_vertical_secondary",
            "mira_vertical_primary",
            "mira_vertical_secondary",
            "jasmine_vertical_primary",
            "jasmine_vertical_secondary",
            "jasmine_vertical_walking",
            "aisha_vertical_walking",
            "elena_vertical_primary",
            "elena_vertical_secondary",
            "any_male_vertical_primary",
            "any_female_vertical_primary",
            "any_male_vertical_secondary",
            "any_female_vertical_secondary",
            "any_female_vertical_walking",
            "emily_primary",
            "emily_side",
            "marcus_primary",
            "marcus_side",
            "aisha_walking",
            "elena_primary",
            "elena_side",
            "any_male_primary",
            "any_female_primary",
            "any_male_side",
            "any_female_side",
        ],
        Field(description="The avatar to use for the video"),
    ]
    """The avatar to use for the video"""

    text: str


class VeedAvatarsTextToVideoOutput(OutputModel):
    video: shared.File
