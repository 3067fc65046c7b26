# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel

from . import shared

SpillSuppressionStrength = TypeAliasType(
    "SpillSuppressionStrength",
    Annotated[
        float,
        Field(
            description="Increase the value if green spots remain in the video, decrease if color "
            "changes are noticed on the extracted subject.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


class VeedVideoBackgroundRemovalGreenScreenInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="Not checked by the client: format uri.",
            json_schema_extra={"x-fal-file": True},
            max_length=2083,
            min_length=1,
        ),
    ]
    """Not checked by the client: format uri."""

    output_codec: Annotated[
        Literal["vp9", "h264"],
        Field(
            description="Single VP9 video with alpha channel or two videos (rgb and alpha) in "
            "H264 format. H264 is recommended for better RGB quality."
        ),
    ] = "vp9"
    """Single VP9 video with alpha channel or two videos (rgb and alpha) in H264 format. H264 is
    recommended for better RGB quality.
    """

    spill_suppression_strength: Annotated[
        SpillSuppressionStrength | None,
        Field(
            description="Increase the value if green spots remain in the video, decrease if color "
            "changes are noticed on the extracted subject."
        ),
    ] = 0.8
    """Increase the value if green spots remain in the video, decrease if color changes are
    noticed on the extracted subject.
    """


class VeedVideoBackgroundRemovalGreenScreenOutput(OutputModel):
    video: list[shared.File]
