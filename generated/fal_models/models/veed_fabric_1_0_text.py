# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VeedFabric1_0TextInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Not checked by the client: format uri.",
            json_schema_extra={"x-fal-file": True},
            max_length=2083,
            min_length=1,
        ),
    ]
    """Not checked by the client: format uri."""

    text: Annotated[str, Field(max_length=2000, min_length=1)]
    voice_description: Annotated[
        str | None | MISSING,
        Field(
            description="Optional additional voice description. The primary voice description is "
            "auto-generated from the image. You can use simple descriptors like 'British accent' "
            "or 'Confident' or provide a detailed description like 'Confident male voice, "
            "mid-20s, with notes of...'"
        ),
    ] = MISSING
    """Optional additional voice description. The primary voice description is auto-generated
    from the image. You can use simple descriptors like 'British accent' or 'Confident' or
    provide a detailed description like 'Confident male voice, mid-20s, with notes of...'
    """

    resolution: Annotated[Literal["720p", "480p"], Field(description="Resolution")]
    """Resolution"""


class VeedFabric1_0TextOutput(OutputModel):
    video: shared.File
