# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

BackgroundColor = TypeAliasType(
    "BackgroundColor",
    Annotated[
        tuple[int, int, int],
        Field(
            description="Optional RGB values (0-255) for the background color. If not provided, "
            "the background will be transparent. For ex: [0, 0, 0]",
            max_length=3,
            min_length=3,
        ),
    ],
)


class BenV2VideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of video to be used for background removal.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of video to be used for background removal."""

    background_color: Annotated[
        BackgroundColor | None | MISSING,
        Field(
            description="Optional RGB values (0-255) for the background color. If not provided, "
            "the background will be transparent. For ex: [0, 0, 0]"
        ),
    ] = MISSING
    """Optional RGB values (0-255) for the background color. If not provided, the background will
    be transparent. For ex: [0, 0, 0]
    """

    output_format: Annotated[
        Literal["mp4", "webm"],
        Field(
            description='Output video format. Use "webm" for true transparency support (VP9 codec '
            "with alpha channel). MP4 format does not support transparency and will render "
            "transparent areas as black."
        ),
    ] = "mp4"
    """Output video format. Use "webm" for true transparency support (VP9 codec with alpha
    channel). MP4 format does not support transparency and will render transparent areas as
    black.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""


class BenV2VideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
