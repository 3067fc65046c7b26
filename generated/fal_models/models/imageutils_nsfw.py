# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class ImageutilsNsfwInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Input image url."""


class ImageutilsNsfwOutput(OutputModel):
    nsfw_probability: Annotated[
        float, Field(description="The probability of the image being NSFW.")
    ]
    """The probability of the image being NSFW."""
