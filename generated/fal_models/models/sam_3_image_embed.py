# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class Sam3ImageEmbedInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of the image to embed.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the image to embed."""


class Sam3ImageEmbedOutput(OutputModel):
    embedding_b64: Annotated[str, Field(description="Embedding of the image")]
    """Embedding of the image"""
