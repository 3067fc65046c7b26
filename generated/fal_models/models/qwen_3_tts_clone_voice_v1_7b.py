# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Qwen3TtsCloneVoice1_7bInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL to the reference audio file used for voice cloning.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the reference audio file used for voice cloning."""

    reference_text: Annotated[
        str | None | MISSING,
        Field(
            description="Optional reference text that was used when creating the speaker "
            "embedding. Providing this can improve synthesis quality when using a cloned voice."
        ),
    ] = MISSING
    """Optional reference text that was used when creating the speaker embedding. Providing this
    can improve synthesis quality when using a cloned voice.
    """


class Qwen3TtsCloneVoice1_7bOutput(OutputModel):
    speaker_embedding: Annotated[
        shared.File,
        Field(description="The generated speaker embedding file in safetensors format."),
    ]
    """The generated speaker embedding file in safetensors format."""
