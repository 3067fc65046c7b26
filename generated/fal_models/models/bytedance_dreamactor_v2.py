# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BytedanceDreamactorV2Input(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the reference image to animate. Supports real people, "
            "animation, pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: "
            "between 480x480 and 1920x1080 (larger images will be proportionally reduced).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the reference image to animate. Supports real people, animation, pets, etc.
    Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480 and 1920x1080
    (larger images will be proportionally reduced).
    """

    video_url: Annotated[
        str,
        Field(
            description="The URL of the driving template video providing motion, facial "
            "expressions, and lip movement reference. Max duration: 30 seconds. Format: mp4, mov "
            "or webm. Resolution: between 200x200 and 2048x1440. Supports full face and body "
            "driving.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the driving template video providing motion, facial expressions, and lip
    movement reference. Max duration: 30 seconds. Format: mp4, mov or webm. Resolution:
    between 200x200 and 2048x1440. Supports full face and body driving.
    """

    trim_first_second: Annotated[
        bool,
        Field(
            description="Whether to crop the first second of the output video. The output has a "
            "1-second transition at the beginning; enable this to remove it."
        ),
    ] = True
    """Whether to crop the first second of the output video. The output has a 1-second transition
    at the beginning; enable this to remove it.
    """


class BytedanceDreamactorV2Output(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file.")]
    """Generated video file."""
