# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class SmoretalkAiRembgEnhanceInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of the input image", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input image"""


class SmoretalkAiRembgEnhanceOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The segmented output image")]
    """The segmented output image"""
