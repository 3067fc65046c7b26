# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class BriaFiboEditEditStructuredInstructionInput(InputModel):
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Reference image (file or URL)."""
    mask_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Reference image mask (file or URL). Optional."""
    instruction: str | None | MISSING = MISSING
    """Instruction for image editing."""
    seed: int = 5555
    """Random seed for reproducibility."""
    sync_mode: bool = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaFiboEditEditStructuredInstructionOutput(OutputModel):
    pass
