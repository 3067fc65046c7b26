# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TriposrInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Path for the image file to be processed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Path for the image file to be processed."""

    output_format: Annotated[
        Literal["glb", "obj"], Field(description="Output format for the 3D model.")
    ] = "glb"
    """Output format for the 3D model."""

    do_remove_background: Annotated[
        bool, Field(description="Whether to remove the background from the input image.")
    ] = True
    """Whether to remove the background from the input image."""

    foreground_ratio: Annotated[
        float,
        Field(description="Ratio of the foreground image to the original image.", ge=0.5, le=1.0),
    ] = 0.9
    """Ratio of the foreground image to the original image."""

    mc_resolution: Annotated[
        int,
        Field(
            description="Resolution of the marching cubes. Above 512 is not recommended.",
            ge=32,
            le=1024,
        ),
    ] = 256
    """Resolution of the marching cubes. Above 512 is not recommended."""


class TriposrOutput(OutputModel):
    model_mesh: Annotated[shared.File, Field(description="Generated 3D object file.")]
    """Generated 3D object file."""

    timings: Annotated[dict[str, float], Field(description="Inference timings.")]
    """Inference timings."""

    remeshing_dir: Annotated[
        shared.File | None | MISSING,
        Field(description="Directory containing textures for the remeshed model."),
    ] = MISSING
    """Directory containing textures for the remeshed model."""
