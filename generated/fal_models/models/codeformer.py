# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CodeformerInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for relighting",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for relighting"""

    fidelity: Annotated[float, Field(description="Weight of the fidelity factor.")] = 0.5
    """Weight of the fidelity factor."""

    upscale_factor: Annotated[float, Field(description="Upscaling factor")] = 2
    """Upscaling factor"""

    aligned: Annotated[bool, Field(description="Should faces etc should be aligned.")] = False
    """Should faces etc should be aligned."""

    only_center_face: Annotated[bool, Field(description="Should only center face be restored")] = (
        False
    )
    """Should only center face be restored"""

    face_upscale: Annotated[bool, Field(description="Should faces be upscaled")] = True
    """Should faces be upscaled"""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""


class CodeformerOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""

    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
