# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AvatarIVBackground(InputModel):
    type: Annotated[Literal["color", "image", "video"], Field(description="Type of background")] = (
        "color"
    )
    """Type of background"""

    value: Annotated[
        str,
        Field(
            description="Background value - hex color for 'color' type, URL for 'image' or "
            "'video' type"
        ),
    ] = "#FFFFFF"
    """Background value - hex color for 'color' type, URL for 'image' or 'video' type"""


class HeygenAvatar4ImageToVideoInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to animate. The image should contain a clear face.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to animate. The image should contain a clear face."""

    prompt: Annotated[str | None | MISSING, Field(description="The text the avatar will speak")] = (
        MISSING
    )
    """The text the avatar will speak"""

    voice: Annotated[
        str | None | MISSING, Field(description="Name of the voice to use for the avatar")
    ] = MISSING
    """Name of the voice to use for the avatar"""

    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of an audio file for the avatar to lip-sync to. When provided, "
            "overrides prompt and voice.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of an audio file for the avatar to lip-sync to. When provided, overrides prompt and
    voice.
    """

    talking_style: Annotated[
        Literal["stable", "expressive"],
        Field(
            description="Talking style - 'stable' for minimal movement, 'expressive' for more "
            "animation"
        ),
    ] = "stable"
    """Talking style - 'stable' for minimal movement, 'expressive' for more animation"""

    expression: Annotated[
        Literal["happy"] | None | MISSING, Field(description="Facial expression")
    ] = MISSING
    """Facial expression"""

    background: Annotated[
        AvatarIVBackground | MISSING, Field(description="Background configuration")
    ] = MISSING
    """Background configuration"""

    resolution: Annotated[
        Literal["360p", "480p", "540p", "720p", "1080p"],
        Field(description="Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p"),
    ] = "720p"
    """Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(
            description="Aspect ratio of the output video. Use '9:16' for portrait (vertical) "
            "videos, '16:9' for landscape, or '1:1' for square."
        ),
    ] = "16:9"
    """Aspect ratio of the output video. Use '9:16' for portrait (vertical) videos, '16:9' for
    landscape, or '1:1' for square.
    """

    caption: Annotated[bool, Field(description="Whether to add captions to the video")] = False
    """Whether to add captions to the video"""


class HeygenAvatar4ImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file")]
    """The generated video file"""
