# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageReference(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the reference image"""
    type: Literal["subject", "background"] = "subject"
    """Type of reference: 'subject' for character/object references, 'background' for
    scene/environment references
    """
    ref_name: str
    """A short name for this reference. Use @ref_name in the prompt to refer to this image."""


class PixverseC1ReferenceToVideoInput(InputModel):
    prompt: str
    """The prompt for the reference-to-video generation. Use @ref_name to refer to uploaded
    references.
    """
    aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"] = "16:9"
    """The aspect ratio of the generated video"""
    resolution: Literal["360p", "540p", "720p", "1080p"] = "720p"
    """The resolution of the generated video"""
    duration: Annotated[int, Field(ge=1, le=15)] = 5
    """The duration of the generated video in seconds (1-15)"""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """
    generate_audio_switch: bool = False
    """Enable audio generation (BGM, SFX, dialogue)"""
    image_references: Annotated[list[ImageReference], Field(max_length=7, min_length=1)]
    """List of reference images with type and name. Use @ref_name in the prompt to refer to each
    reference.
    """


class PixverseC1ReferenceToVideoOutput(OutputModel):
    video: shared.File
    """The generated video file."""
