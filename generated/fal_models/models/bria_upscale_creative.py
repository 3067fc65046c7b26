# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaUpscaleCreativeInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})] = (
        "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png"
    )
    seed: Annotated[int, Field(description="Random seed for reproducibility.", gt=0)] = 5555
    """Random seed for reproducibility."""

    preserve_alpha: Annotated[
        bool, Field(description="Preserve alpha channel from input image.")
    ] = True
    """Preserve alpha channel from input image."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaUpscaleCreativeOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image.")]
    """Generated image."""
