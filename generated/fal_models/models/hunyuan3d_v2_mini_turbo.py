# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Hunyuan3dV2MiniTurboInput(InputModel):
    input_image_url: Annotated[
        str,
        Field(
            description="URL of image to use while generating the 3D model.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to use while generating the 3D model."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps to perform.", ge=1, le=50)
    ] = 50
    """Number of inference steps to perform."""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for the model.", ge=0.0, le=20.0)
    ] = 7.5
    """Guidance scale for the model."""

    octree_resolution: Annotated[
        int, Field(description="Octree resolution for the model.", ge=1, le=1024)
    ] = 256
    """Octree resolution for the model."""

    textured_mesh: Annotated[
        bool,
        Field(
            description="If set true, textured mesh will be generated and the price charged would "
            "be 3 times that of white mesh."
        ),
    ] = False
    """If set true, textured mesh will be generated and the price charged would be 3 times that
    of white mesh.
    """


class Hunyuan3dV2MiniTurboOutput(OutputModel):
    model_mesh: Annotated[shared.File, Field(description="Generated 3D object file.")]
    """Generated 3D object file."""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
