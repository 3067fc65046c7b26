# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class BriaFiboEditEditStructuredInstructionInput(InputModel):
    image_url: Annotated[
        str | None | MISSING,
        Field(description="Reference image (file or URL).", json_schema_extra={"x-fal-file": True}),
    ] = MISSING
    """Reference image (file or URL)."""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="Reference image mask (file or URL). Optional.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference image mask (file or URL). Optional."""

    instruction: Annotated[
        str | None | MISSING, Field(description="Instruction for image editing.")
    ] = MISSING
    """Instruction for image editing."""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")] = 5555
    """Random seed for reproducibility."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaFiboEditEditStructuredInstructionOutput(OutputModel):
    pass
