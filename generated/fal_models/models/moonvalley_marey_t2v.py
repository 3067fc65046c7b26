# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MoonvalleyMareyT2vInput(InputModel):
    prompt: str
    """The prompt to generate a video from"""
    dimensions: Literal["1920x1080", "1152x1152", "1536x1152", "1152x1536"] = "1920x1080"
    """The dimensions of the generated video in width x height format."""
    duration: Literal["5s", "10s"] = "5s"
    """The duration of the generated video."""
    negative_prompt: str | None = (
        "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff animation, uncanny "
        "eyes, low-quality textures, looping glitch, cheap effect, overbloom, bloom spam, default "
        "lighting, game asset, stiff face, ugly specular, AI artifacts"
    )
    """Negative prompt used to guide the model away from undesirable features."""
    seed: int | None = -1
    """Seed for random number generation. Use -1 for random seed each run."""
    guidance_scale: float | None | MISSING = MISSING
    """Controls how strongly the generation is guided by the prompt (0-20). Higher values follow
    the prompt more closely.
    """


class MoonvalleyMareyT2vOutput(OutputModel):
    video: shared.File
    """The generated video."""
