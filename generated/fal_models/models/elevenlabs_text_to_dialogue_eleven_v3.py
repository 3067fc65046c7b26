# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Stability = TypeAliasType(
    "Stability",
    Annotated[
        float,
        Field(
            description="Determines how stable the voice is and the randomness between each "
            "generation. Lower values introduce broader emotional range for the voice. Higher "
            "values can result in a monotonous voice with limited emotion. Must be one of 0.0, "
            "0.5, 1.0, else it will be rounded to the nearest value.",
            ge=0.0,
            le=1.0,
        ),
    ],
)


class DialogueBlock(InputModel):
    text: Annotated[str, Field(description="The dialogue text")]
    """The dialogue text"""

    voice: Annotated[
        str, Field(description="The name or the ID of the voice to be used for the generation.")
    ]
    """The name or the ID of the voice to be used for the generation."""


class PronunciationDictionaryLocator(InputModel):
    pronunciation_dictionary_id: Annotated[
        str | None | MISSING, Field(description="The ID of the pronunciation dictionary.")
    ] = MISSING
    """The ID of the pronunciation dictionary."""

    version_id: Annotated[
        str | None | MISSING,
        Field(
            description="The ID of the version of the pronunciation dictionary. If not provided, "
            "the latest version will be used."
        ),
    ] = MISSING
    """The ID of the version of the pronunciation dictionary. If not provided, the latest version
    will be used.
    """


class ElevenlabsTextToDialogueElevenV3Input(InputModel):
    inputs: Annotated[
        list[DialogueBlock],
        Field(
            description="A list of dialogue inputs, each containing text and a voice ID which "
            "will be converted into speech."
        ),
    ]
    """A list of dialogue inputs, each containing text and a voice ID which will be converted
    into speech.
    """

    stability: Annotated[
        Stability | None | MISSING,
        Field(
            description="Determines how stable the voice is and the randomness between each "
            "generation. Lower values introduce broader emotional range for the voice. Higher "
            "values can result in a monotonous voice with limited emotion. Must be one of 0.0, "
            "0.5, 1.0, else it will be rounded to the nearest value."
        ),
    ] = MISSING
    """Determines how stable the voice is and the randomness between each generation. Lower
    values introduce broader emotional range for the voice. Higher values can result in a
    monotonous voice with limited emotion. Must be one of 0.0, 0.5, 1.0, else it will be
    rounded to the nearest value.
    """

    use_speaker_boost: Annotated[
        bool | None | MISSING,
        Field(
            description="This setting boosts the similarity to the original speaker. Using this "
            "setting requires a slightly higher computational load, which in turn increases "
            "latency."
        ),
    ] = MISSING
    """This setting boosts the similarity to the original speaker. Using this setting requires a
    slightly higher computational load, which in turn increases latency.
    """

    pronunciation_dictionary_locators: Annotated[
        list[PronunciationDictionaryLocator],
        Field(
            description="A list of pronunciation dictionary locators (id, version_id) to be "
            "applied to the text. They will be applied in order. You may have up to 3 locators "
            "per request",
            validate_default=True,
        ),
    ] = []
    """A list of pronunciation dictionary locators (id, version_id) to be applied to the text.
    They will be applied in order. You may have up to 3 locators per request
    """

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

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


class ElevenlabsTextToDialogueElevenV3Output(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file")]
    """The generated audio file"""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")]
    """Random seed for reproducibility."""
