# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElevenlabsTtsElevenV3Input(InputModel):
    """Request model for eleven_v3 which doesn't support previous_text/next_text"""

    text: Annotated[
        str, Field(description="The text to convert to speech", max_length=5000, min_length=1)
    ]
    """The text to convert to speech"""

    voice: Annotated[str, Field(description="The voice to use for speech generation")] = "Rachel"
    """The voice to use for speech generation"""

    stability: Annotated[float, Field(description="Voice stability (0-1)", ge=0.0, le=1.0)] = 0.5
    """Voice stability (0-1)"""

    timestamps: Annotated[
        bool,
        Field(description="Whether to return timestamps for each word in the generated speech"),
    ] = False
    """Whether to return timestamps for each word in the generated speech"""

    language_code: Annotated[
        str | None | MISSING,
        Field(description="Language code (ISO 639-1) used to enforce a language for the model."),
    ] = MISSING
    """Language code (ISO 639-1) used to enforce a language for the model."""

    apply_text_normalization: Annotated[
        Literal["auto", "on", "off"],
        Field(
            description="This parameter controls text normalization with three modes: 'auto', "
            "'on', and 'off'. When set to 'auto', the system will automatically decide whether to "
            "apply text normalization (e.g., spelling out numbers). With 'on', text normalization "
            "will always be applied, while with 'off', it will be skipped."
        ),
    ] = "auto"
    """This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
    set to 'auto', the system will automatically decide whether to apply text normalization
    (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
    with 'off', it will be skipped.
    """


class ElevenlabsTtsElevenV3Output(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file")]
    """The generated audio file"""

    timestamps: Annotated[
        list[Any] | None | MISSING,
        Field(
            description="Timestamps for each word in the generated speech. Only returned if "
            "`timestamps` is set to True in the request."
        ),
    ] = MISSING
    """Timestamps for each word in the generated speech. Only returned if `timestamps` is set to
    True in the request.
    """
