# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class BytedanceVideoStylizeInput(InputModel):
    style: Annotated[
        str,
        Field(
            description="The style for your character in the video. Please use a short "
            "description.",
            max_length=100,
        ),
    ]
    """The style for your character in the video. Please use a short description."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to make the stylized video from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to make the stylized video from."""


class BytedanceVideoStylizeOutput(OutputModel):
    pass
