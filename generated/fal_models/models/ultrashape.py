# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class UltrashapeInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the reference image for mesh refinement."""
    model_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the coarse mesh (.glb or .obj) to refine."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 50
    """Diffusion steps."""
    octree_resolution: Annotated[int, Field(ge=128, le=1024)] = 1024
    """Marching cubes resolution."""
    seed: int = 42
    """Random seed."""
    remove_background: bool = True
    """Remove image background."""


class UltrashapeOutput(OutputModel):
    model_glb: shared.File
    """Generated 3D object."""
