# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])


class KlingV3ImageElementInput(InputModel):
    frontal_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The frontal image of the element (main view).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The frontal image of the element (main view)."""

    reference_image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Additional reference images from different angles. 1-3 images supported. "
            "At least one image is required.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images from different angles. 1-3 images supported. At least one
    image is required.
    """


class KlingVideoV3StandardMotionControlInput(InputModel):
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

    elements: Annotated[
        list[KlingV3ImageElementInput] | None | MISSING,
        Field(
            description="Optional element for facial consistency binding. Upload a facial element "
            "to enhance identity preservation in the generated video. Only 1 element is "
            "supported. Reference in prompt as @Element1. Element binding is only supported when "
            "character_orientation is 'video'."
        ),
    ] = MISSING
    """Optional element for facial consistency binding. Upload a facial element to enhance
    identity preservation in the generated video. Only 1 element is supported. Reference in
    prompt as @Element1. Element binding is only supported when character_orientation is
    'video'.
    """


class KlingVideoV3StandardMotionControlOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
