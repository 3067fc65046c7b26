# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImageutilsRembgInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Input image url."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    crop_to_bbox: Annotated[
        bool,
        Field(
            description="If set to true, the resulting image be cropped to a bounding box around "
            "the subject"
        ),
    ] = False
    """If set to true, the resulting image be cropped to a bounding box around the subject"""


class ImageutilsRembgOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Background removed image.")]
    """Background removed image."""
