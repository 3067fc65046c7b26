# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AvatarIVBackground(InputModel):
    type: Literal["color", "image", "video"] = "color"
    """Type of background"""
    value: str = "#FFFFFF"
    """Background value - hex color for 'color' type, URL for 'image' or 'video' type"""


class HeygenAvatar4ImageToVideoInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to animate. The image should contain a clear face."""
    prompt: str | None | MISSING = MISSING
    """The text the avatar will speak"""
    voice: str | None | MISSING = MISSING
    """Name of the voice to use for the avatar"""
    audio_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of an audio file for the avatar to lip-sync to. When provided, overrides prompt and
    voice.
    """
    talking_style: Literal["stable", "expressive"] = "stable"
    """Talking style - 'stable' for minimal movement, 'expressive' for more animation"""
    expression: Literal["happy"] | None | MISSING = MISSING
    """Facial expression"""
    background: AvatarIVBackground | MISSING = MISSING
    """Background configuration"""
    resolution: Literal["360p", "480p", "540p", "720p", "1080p"] = "720p"
    """Video resolution preset. Options: 360p, 480p, 540p, 720p, 1080p"""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """Aspect ratio of the output video. Use '9:16' for portrait (vertical) videos, '16:9' for
    landscape, or '1:1' for square.
    """
    caption: bool = False
    """Whether to add captions to the video"""


class HeygenAvatar4ImageToVideoOutput(OutputModel):
    video: shared.File
    """The generated video file"""
