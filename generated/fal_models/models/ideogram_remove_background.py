# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class IdeogramRemoveBackgroundInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The image URL whose background needs to be removed. The foreground "
            "subject is preserved against a transparent background. JPEG, PNG and WebP formats "
            "are supported (maximum file size 10MB).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL whose background needs to be removed. The foreground subject is preserved
    against a transparent background. JPEG, PNG and WebP formats are supported (maximum file
    size 10MB).
    """

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


class IdeogramRemoveBackgroundOutput(OutputModel):
    image: Annotated[
        shared.File,
        Field(description="The foreground image with the background removed (transparent)."),
    ]
    """The foreground image with the background removed (transparent)."""
