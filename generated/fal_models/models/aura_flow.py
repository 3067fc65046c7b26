# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AuraFlowInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate images from")]
    """The prompt to generate images from"""

    num_images: Annotated[
        int, Field(description="The number of images to generate", ge=1, le=2)
    ] = 1
    """The number of images to generate"""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating images")
    ] = MISSING
    """The seed to use for generating images"""

    guidance_scale: Annotated[
        float, Field(description="Classifier free guidance scale", ge=0.0, le=20.0)
    ] = 3.5
    """Classifier free guidance scale"""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to take", ge=20, le=50)
    ] = 50
    """The number of inference steps to take"""

    expand_prompt: Annotated[
        bool, Field(description="Whether to perform prompt expansion (recommended)")
    ] = True
    """Whether to perform prompt expansion (recommended)"""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class AuraFlowOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images")]
    """The generated images"""

    seed: Annotated[int, Field(description="The seed used to generate the images")]
    """The seed used to generate the images"""

    prompt: Annotated[str, Field(description="The expanded prompt")]
    """The expanded prompt"""
