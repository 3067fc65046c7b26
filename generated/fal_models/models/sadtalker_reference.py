# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SadtalkerReferenceInput(InputModel):
    source_image_url: Annotated[
        str, Field(description="URL of the source image", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the source image"""

    driven_audio_url: Annotated[
        str, Field(description="URL of the driven audio", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the driven audio"""

    reference_pose_video_url: Annotated[
        str, Field(description="URL of the reference video", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the reference video"""

    pose_style: Annotated[int, Field(description="The style of the pose", ge=0, le=45)] = 0
    """The style of the pose"""

    face_model_resolution: Annotated[
        Literal["256", "512"], Field(description="The resolution of the face model")
    ] = "256"
    """The resolution of the face model"""

    expression_scale: Annotated[
        float, Field(description="The scale of the expression", ge=0.0, le=3.0, multiple_of=0.1)
    ] = 1
    """The scale of the expression"""

    face_enhancer: Annotated[
        Literal["gfpgan"] | None | MISSING, Field(description="The type of face enhancer to use")
    ] = MISSING
    """The type of face enhancer to use"""

    still_mode: Annotated[
        bool,
        Field(
            description="Whether to use still mode. Fewer head motion, works with preprocess "
            "`full`."
        ),
    ] = False
    """Whether to use still mode. Fewer head motion, works with preprocess `full`."""

    preprocess: Annotated[
        Literal["crop", "extcrop", "resize", "full", "extfull"],
        Field(description="The type of preprocessing to use"),
    ] = "crop"
    """The type of preprocessing to use"""


class SadtalkerReferenceOutput(OutputModel):
    video: Annotated[shared.File, Field(description="URL of the generated video")]
    """URL of the generated video"""
