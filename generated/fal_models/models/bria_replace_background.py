# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaReplaceBackgroundInput(InputModel):
    prompt: str | None | MISSING = MISSING
    """Prompt for background replacement."""
    image_url: Annotated[str | None, Field(json_schema_extra={"x-fal-file": True})] = (
        "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png"
    )
    """Reference image (file or URL)."""
    seed: int = 4925634
    """Random seed for reproducibility."""
    steps_num: int = 30
    """Number of inference steps."""
    negative_prompt: str = ""
    """Negative prompt for background replacement."""
    sync_mode: bool = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaReplaceBackgroundOutput(OutputModel):
    image: shared.Image
    """Generated image."""
    images: list[dict[str, Any]] | MISSING = MISSING
    """Generated images."""
