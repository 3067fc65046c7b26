# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class VeedVideoBackgroundRemovalFastInput(InputModel):
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

    refine_foreground_edges: Annotated[
        bool, Field(description="Improves the quality of the extracted object's edges.")
    ] = True
    """Improves the quality of the extracted object's edges."""

    subject_is_person: Annotated[
        bool, Field(description="Set to False if the subject is not a person.")
    ] = True
    """Set to False if the subject is not a person."""


class VeedVideoBackgroundRemovalFastOutput(OutputModel):
    video: list[shared.File]
