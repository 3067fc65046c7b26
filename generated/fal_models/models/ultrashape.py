# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class UltrashapeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the reference image for mesh refinement.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the reference image for mesh refinement."""

    model_url: Annotated[
        str,
        Field(
            description="URL of the coarse mesh (.glb or .obj) to refine.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the coarse mesh (.glb or .obj) to refine."""

    num_inference_steps: Annotated[int, Field(description="Diffusion steps.", ge=1, le=50)] = 50
    """Diffusion steps."""

    octree_resolution: Annotated[
        int, Field(description="Marching cubes resolution.", ge=128, le=1024)
    ] = 1024
    """Marching cubes resolution."""

    seed: Annotated[int, Field(description="Random seed.")] = 42
    """Random seed."""

    remove_background: Annotated[bool, Field(description="Remove image background.")] = True
    """Remove image background."""


class UltrashapeOutput(OutputModel):
    model_glb: Annotated[shared.File, Field(description="Generated 3D object.")]
    """Generated 3D object."""
