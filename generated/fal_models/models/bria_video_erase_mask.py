# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class BriaVideoEraseMaskInput(InputModel):
    output_container_and_codec: Annotated[
        Literal[
            "mp4_h265",
            "mp4_h264",
            "webm_vp9",
            "gif",
            "mov_h264",
            "mov_h265",
            "mov_proresks",
            "mkv_h264",
            "mkv_h265",
            "mkv_vp9",
            "mkv_mpeg4",
        ],
        Field(
            description="Output container and codec. Options: mp4_h265, mp4_h264, webm_vp9, gif, "
            "mov_h264, mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9, mkv_mpeg4."
        ),
    ] = "mp4_h264"
    """Output container and codec. Options: mp4_h265, mp4_h264, webm_vp9, gif, mov_h264,
    mov_h265, mov_proresks, mkv_h264, mkv_h265, mkv_vp9, mkv_mpeg4.
    """

    auto_trim: Annotated[
        bool, Field(description="auto trim the video, to working duration ( 5s )")
    ] = True
    """auto trim the video, to working duration ( 5s )"""

    preserve_audio: Annotated[
        bool, Field(description="If true, audio will be preserved in the output video.")
    ] = True
    """If true, audio will be preserved in the output video."""

    video_url: Annotated[
        str,
        Field(
            description="Input video to erase object from. duration must be less than 5s.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input video to erase object from. duration must be less than 5s."""

    mask_video_url: Annotated[
        str,
        Field(
            description="Input video to mask erase object from. duration must be less than 5s.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input video to mask erase object from. duration must be less than 5s."""


class BriaVideoEraseMaskOutput(OutputModel):
    pass
