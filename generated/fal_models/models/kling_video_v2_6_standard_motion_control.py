# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])


class KlingVideoV2_6StandardMotionControlInput(InputModel):
    """Request model for motion control video generation."""

    prompt: Prompt | None | MISSING = MISSING
    image_url: Annotated[
        str,
        Field(
            description="Reference image URL. The characters, backgrounds, and other elements in "
            "the generated video are based on this reference image. Characters should have clear "
            "body proportions, avoid occlusion, and occupy more than 5% of the image area.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference image URL. The characters, backgrounds, and other elements in the generated
    video are based on this reference image. Characters should have clear body proportions,
    avoid occlusion, and occupy more than 5% of the image area.
    """

    video_url: Annotated[
        str,
        Field(
            description="Reference video URL. The character actions in the generated video will "
            "be consistent with this reference video. Should contain a realistic style character "
            "with entire body or upper body visible, including head, without obstruction. "
            "Duration limit depends on character_orientation: 10s max for 'image', 30s max for "
            "'video'.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference video URL. The character actions in the generated video will be consistent with
    this reference video. Should contain a realistic style character with entire body or upper
    body visible, including head, without obstruction. Duration limit depends on
    character_orientation: 10s max for 'image', 30s max for 'video'.
    """

    keep_original_sound: Annotated[
        bool, Field(description="Whether to keep the original sound from the reference video.")
    ] = True
    """Whether to keep the original sound from the reference video."""

    character_orientation: Annotated[
        Literal["image", "video"],
        Field(
            description="Controls whether the output character's orientation matches the "
            "reference image or video. 'video': orientation matches reference video - better for "
            "complex motions (max 30s). 'image': orientation matches reference image - better for "
            "following camera movements (max 10s)."
        ),
    ]
    """Controls whether the output character's orientation matches the reference image or video.
    'video': orientation matches reference video - better for complex motions (max 30s).
    'image': orientation matches reference image - better for following camera movements (max
    10s).
    """


class KlingVideoV2_6StandardMotionControlOutput(OutputModel):
    """Output model for motion control video generation."""

    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
