# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BagelInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    seed: Annotated[int | MISSING, Field(description="The seed to use for the generation.")] = (
        MISSING
    )
    """The seed to use for the generation."""

    use_thought: Annotated[
        bool,
        Field(
            description="Whether to use thought tokens for generation. If set to true, the model "
            'will "think" to potentially improve generation quality. Increases generation time '
            "and increases the cost by 20%."
        ),
    ] = False
    """Whether to use thought tokens for generation. If set to true, the model will "think" to
    potentially improve generation quality. Increases generation time and increases the cost
    by 20%.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class BagelOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images.")]
    """The generated images."""

    timings: dict[str, float]
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

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
