# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumInferenceSteps = TypeAliasType(
    "NumInferenceSteps",
    Annotated[int, Field(description="Steps for which the model should run.", ge=1, le=50)],
)


SrcGuidanceScale = TypeAliasType(
    "SrcGuidanceScale",
    Annotated[float, Field(description="Guidance scale for the source.", ge=0.0, le=30.0)],
)


TarGuidanceScale = TypeAliasType(
    "TarGuidanceScale",
    Annotated[float, Field(description="Guidance scale for target.", ge=0.0, le=30.0)],
)


class FloweditInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for relighting",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for relighting"""

    source_prompt: Annotated[str, Field(description="Prompt of the image to be used.")]
    """Prompt of the image to be used."""

    target_prompt: Annotated[str, Field(description="Prompt of the image to be made.")]
    """Prompt of the image to be made."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible generation. If set none, a random seed will "
            "be used."
        ),
    ] = MISSING
    """Random seed for reproducible generation. If set none, a random seed will be used."""

    num_inference_steps: Annotated[
        NumInferenceSteps | None, Field(description="Steps for which the model should run.")
    ] = 28
    """Steps for which the model should run."""

    src_guidance_scale: Annotated[
        SrcGuidanceScale | None, Field(description="Guidance scale for the source.")
    ] = 1.5
    """Guidance scale for the source."""

    tar_guidance_scale: Annotated[
        TarGuidanceScale | None, Field(description="Guidance scale for target.")
    ] = 5.5
    """Guidance scale for target."""

    n_avg: Annotated[int | None, Field(description="Average step count")] = 1
    """Average step count"""

    n_max: Annotated[int | None, Field(description="Control the strength of the edit")] = 23
    """Control the strength of the edit"""

    n_min: Annotated[int | None, Field(description="Minimum step for improved style edits")] = 0
    """Minimum step for improved style edits"""


class FloweditOutput(OutputModel):
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
