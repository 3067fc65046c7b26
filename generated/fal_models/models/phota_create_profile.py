# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class PhotaCreateProfileInput(InputModel):
    image_data_url: Annotated[
        str,
        Field(
            description="URL to a ZIP archive containing the profile images.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to a ZIP archive containing the profile images."""


class PhotaCreateProfileOutput(OutputModel):
    profile_id: Annotated[str, Field(description="The Photalabs profile ID.")]
    """The Photalabs profile ID."""
