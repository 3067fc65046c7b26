# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class XAilabNsfwInput(InputModel):
    image_urls: Annotated[
        list[str],
        Field(
            description="List of image URLs to check. If more than 10 images are provided, only "
            "the first 10 will be checked.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of image URLs to check. If more than 10 images are provided, only the first 10 will
    be checked.
    """


class XAilabNsfwOutput(OutputModel):
    has_nsfw_concepts: Annotated[
        list[bool],
        Field(description="List of booleans indicating if the image has an NSFW concept"),
    ]
    """List of booleans indicating if the image has an NSFW concept"""
