# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElevenlabsTtsElevenV3Input(InputModel):
    """Request model for eleven_v3 which doesn't support previous_text/next_text"""

    text: Annotated[str, Field(max_length=5000, min_length=1)]
    """The text to convert to speech"""
    voice: str = "Rachel"
    """The voice to use for speech generation"""
    stability: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Voice stability (0-1)"""
    timestamps: bool = False
    """Whether to return timestamps for each word in the generated speech"""
    language_code: str | None | MISSING = MISSING
    """Language code (ISO 639-1) used to enforce a language for the model."""
    apply_text_normalization: Literal["auto", "on", "off"] = "auto"
    """This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
    set to 'auto', the system will automatically decide whether to apply text normalization
    (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
    with 'off', it will be skipped.
    """


class ElevenlabsTtsElevenV3Output(OutputModel):
    audio: shared.File
    """The generated audio file"""
    timestamps: list[Any] | None | MISSING = MISSING
    """Timestamps for each word in the generated speech. Only returned if `timestamps` is set to
    True in the request.
    """
