# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LayerDiffusionInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ] = ""
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

    negative_prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the negative image. Be as descriptive "
            "as possible for best results."
        ),
    ] = "text, watermark"
    """The prompt to use for generating the negative image. Be as descriptive as possible for
    best results.
    """

    guidance_scale: Annotated[
        float, Field(description="The guidance scale for the model.", ge=0.0, le=20.0)
    ] = 8
    """The guidance scale for the model."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps for the model.", ge=10, le=40)
    ] = 20
    """The number of inference steps for the model."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to false, the safety checker will be disabled.")
    ] = True
    """If set to false, the safety checker will be disabled."""


class LayerDiffusionOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The URL of the generated image.")]
    """The URL of the generated image."""

    seed: Annotated[int, Field(description="The seed used to generate the image.")]
    """The seed used to generate the image."""
