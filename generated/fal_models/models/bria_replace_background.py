# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaReplaceBackgroundInput(InputModel):
    prompt: Annotated[
        str | None | MISSING, Field(description="Prompt for background replacement.")
    ] = MISSING
    """Prompt for background replacement."""

    image_url: Annotated[
        str | None,
        Field(description="Reference image (file or URL).", json_schema_extra={"x-fal-file": True}),
    ] = "https://v3b.fal.media/files/b/0a8bea8c/Mztgx0NG3HPdby-4iPqwH_a_coffee_machine_standing_in_the_kitchen.png"
    """Reference image (file or URL)."""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")] = 4925634
    """Random seed for reproducibility."""

    steps_num: Annotated[int, Field(description="Number of inference steps.")] = 30
    """Number of inference steps."""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt for background replacement.")
    ] = ""
    """Negative prompt for background replacement."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaReplaceBackgroundOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image.")]
    """Generated image."""

    images: Annotated[list[dict[str, Any]] | MISSING, Field(description="Generated images.")] = (
        MISSING
    )
    """Generated images."""
