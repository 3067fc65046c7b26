# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class OmnipartInput(InputModel):
    input_image_url: Annotated[
        str,
        Field(
            description="URL of image to use while generating the 3D model.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to use while generating the 3D model."""

    minimum_segment_size: Annotated[
        int, Field(description="Minimum segment size (pixels) for the model.", ge=1, le=10000)
    ] = 2000
    """Minimum segment size (pixels) for the model."""

    seed: Annotated[
        int,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = 765464
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for the model.", ge=0.0, le=20.0)
    ] = 7.5
    """Guidance scale for the model."""

    parts: Annotated[
        str,
        Field(
            description="Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 "
            "together and 3&4 together)"
        ),
    ] = ""
    """Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and 3&4
    together)
    """


class OmnipartOutput(OutputModel):
    model_mesh: Annotated[shared.File, Field(description="Generated 3D object file.")]
    """Generated 3D object file."""

    full_model_mesh: Annotated[shared.File, Field(description="Generated 3D object file.")]
    """Generated 3D object file."""

    output_zip: Annotated[shared.File, Field(description="All outputs file.")]
    """All outputs file."""

    seed: Annotated[int, Field(description="Seed value used for generation.")]
    """Seed value used for generation."""
