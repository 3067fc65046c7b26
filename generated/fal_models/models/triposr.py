# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TriposrInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Path for the image file to be processed."""
    output_format: Literal["glb", "obj"] = "glb"
    """Output format for the 3D model."""
    do_remove_background: bool = True
    """Whether to remove the background from the input image."""
    foreground_ratio: Annotated[float, Field(ge=0.5, le=1.0)] = 0.9
    """Ratio of the foreground image to the original image."""
    mc_resolution: Annotated[int, Field(ge=32, le=1024)] = 256
    """Resolution of the marching cubes. Above 512 is not recommended."""


class TriposrOutput(OutputModel):
    model_mesh: shared.File
    """Generated 3D object file."""
    timings: dict[str, float]
    """Inference timings."""
    remeshing_dir: shared.File | None | MISSING = MISSING
    """Directory containing textures for the remeshed model."""
