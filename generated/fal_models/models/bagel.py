# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BagelInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    seed: int | MISSING = MISSING
    """The seed to use for the generation."""
    use_thought: bool = False
    """Whether to use thought tokens for generation. If set to true, the model will "think" to
    potentially improve generation quality. Increases generation time and increases the cost
    by 20%.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""


class BagelOutput(OutputModel):
    images: list[shared.Image]
    """The generated images."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
