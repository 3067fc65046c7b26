# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImageReference(InputModel):
    image_url: Annotated[
        str, Field(description="URL of the reference image", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the reference image"""

    type: Annotated[
        Literal["subject", "background"],
        Field(
            description="Type of reference: 'subject' for character/object references, "
            "'background' for scene/environment references"
        ),
    ] = "subject"
    """Type of reference: 'subject' for character/object references, 'background' for
    scene/environment references
    """

    ref_name: Annotated[
        str,
        Field(
            description="A short name for this reference. Use @ref_name in the prompt to refer to "
            "this image."
        ),
    ]
    """A short name for this reference. Use @ref_name in the prompt to refer to this image."""


class PixverseC1ReferenceToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt for the reference-to-video generation. Use @ref_name to refer "
            "to uploaded references."
        ),
    ]
    """The prompt for the reference-to-video generation. Use @ref_name to refer to uploaded
    references.
    """

    aspect_ratio: Annotated[
        Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["360p", "540p", "720p", "1080p"],
        Field(description="The resolution of the generated video"),
    ] = "720p"
    """The resolution of the generated video"""

    duration: Annotated[
        int, Field(description="The duration of the generated video in seconds (1-15)", ge=1, le=15)
    ] = 5
    """The duration of the generated video in seconds (1-15)"""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same video every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same video every time.
    """

    generate_audio_switch: Annotated[
        bool, Field(description="Enable audio generation (BGM, SFX, dialogue)")
    ] = False
    """Enable audio generation (BGM, SFX, dialogue)"""

    image_references: Annotated[
        list[ImageReference],
        Field(
            description="List of reference images with type and name. Use @ref_name in the prompt "
            "to refer to each reference.",
            max_length=7,
            min_length=1,
        ),
    ]
    """List of reference images with type and name. Use @ref_name in the prompt to refer to each
    reference.
    """


class PixverseC1ReferenceToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
