# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElevenlabsTtsMultilingualV2Input(InputModel):
    text: Annotated[str, Field(description="The text to convert to speech", min_length=1)]
    """The text to convert to speech"""

    voice: Annotated[str, Field(description="The voice to use for speech generation")] = "Rachel"
    """The voice to use for speech generation"""

    stability: Annotated[float, Field(description="Voice stability (0-1)", ge=0.0, le=1.0)] = 0.5
    """Voice stability (0-1)"""

    similarity_boost: Annotated[
        float, Field(description="Similarity boost (0-1)", ge=0.0, le=1.0)
    ] = 0.75
    """Similarity boost (0-1)"""

    style: Annotated[float, Field(description="Style exaggeration (0-1)", ge=0.0, le=1.0)] = 0
    """Style exaggeration (0-1)"""

    speed: Annotated[
        float,
        Field(
            description="Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 "
            "speed it up. Extreme values may affect quality.",
            ge=0.7,
            le=1.2,
        ),
    ] = 1
    """Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it up.
    Extreme values may affect quality.
    """

    timestamps: Annotated[
        bool,
        Field(description="Whether to return timestamps for each word in the generated speech"),
    ] = False
    """Whether to return timestamps for each word in the generated speech"""

    previous_text: Annotated[
        str | None | MISSING,
        Field(
            description="The text that came before the text of the current request. Can be used "
            "to improve the speech's continuity when concatenating together multiple generations "
            "or to influence the speech's continuity in the current generation."
        ),
    ] = MISSING
    """The text that came before the text of the current request. Can be used to improve the
    speech's continuity when concatenating together multiple generations or to influence the
    speech's continuity in the current generation.
    """

    next_text: Annotated[
        str | None | MISSING,
        Field(
            description="The text that comes after the text of the current request. Can be used "
            "to improve the speech's continuity when concatenating together multiple generations "
            "or to influence the speech's continuity in the current generation."
        ),
    ] = MISSING
    """The text that comes after the text of the current request. Can be used to improve the
    speech's continuity when concatenating together multiple generations or to influence the
    speech's continuity in the current generation.
    """

    language_code: Annotated[
        str | None | MISSING,
        Field(
            description="Language code (ISO 639-1) used to enforce a language for the model. An "
            "error will be returned if language code is not supported by the model."
        ),
    ] = MISSING
    """Language code (ISO 639-1) used to enforce a language for the model. An error will be
    returned if language code is not supported by the model.
    """

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


class ElevenlabsTtsMultilingualV2Output(OutputModel):
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
