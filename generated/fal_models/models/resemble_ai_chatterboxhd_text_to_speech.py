# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ResembleAiChatterboxhdTextToSpeechInput(InputModel):
    """Input parameters for the TTS request."""

    text: Annotated[str, Field(description="Text to synthesize into speech.")] = (
        "My name is Maximus Decimus Meridius, commander of the Armies of the North, General of "
        "the Felix Legions and loyal servant to the true emperor, Marcus Aurelius. Father to a "
        "murdered son, husband to a murdered wife. And I will have my vengeance, in this life or "
        "the next."
    )
    """Text to synthesize into speech."""

    voice: Annotated[
        Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | MISSING,
        Field(
            description="The voice to use for the TTS request. If neither voice nor audio are "
            "provided, a random voice will be used."
        ),
    ] = MISSING
    """The voice to use for the TTS request. If neither voice nor audio are provided, a random
    voice will be used.
    """

    audio_url: Annotated[
        str | MISSING,
        Field(
            description="URL to the audio sample to use as a voice prompt for zero-shot TTS voice "
            "cloning. Providing a audio sample will override the voice setting. If neither voice "
            "nor audio_url are provided, a random voice will be used.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the audio sample to use as a voice prompt for zero-shot TTS voice cloning.
    Providing a audio sample will override the voice setting. If neither voice nor audio_url
    are provided, a random voice will be used.
    """

    exaggeration: Annotated[
        float,
        Field(
            description="Controls emotion exaggeration. Range typically 0.25 to 2.0.",
            ge=0.25,
            le=2.0,
        ),
    ] = 0.5
    """Controls emotion exaggeration. Range typically 0.25 to 2.0."""

    cfg: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale (CFG) controls the conditioning factor. "
            "Range typically 0.2 to 1.0. For expressive or dramatic speech, try lower cfg values "
            "(e.g. ~0.3) and increase exaggeration to around 0.7 or higher. If the reference "
            "speaker has a fast speaking style, lowering cfg to around 0.3 can improve pacing.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Classifier-free guidance scale (CFG) controls the conditioning factor. Range typically 0.2
    to 1.0. For expressive or dramatic speech, try lower cfg values (e.g. ~0.3) and increase
    exaggeration to around 0.7 or higher. If the reference speaker has a fast speaking style,
    lowering cfg to around 0.3 can improve pacing.
    """

    high_quality_audio: Annotated[
        bool,
        Field(
            description="If True, the generated audio will be upscaled to 48kHz. The generation "
            "of the audio will take longer, but the quality will be higher. If False, the "
            "generated audio will be 24kHz."
        ),
    ] = False
    """If True, the generated audio will be upscaled to 48kHz. The generation of the audio will
    take longer, but the quality will be higher. If False, the generated audio will be 24kHz.
    """

    seed: Annotated[
        int,
        Field(
            description="Useful to control the reproducibility of the generated audio. Assuming "
            "all other properties didn't change, a fixed seed should always generate the exact "
            "same audio file. Set to 0 for random seed.",
            ge=0,
        ),
    ] = 0
    """Useful to control the reproducibility of the generated audio. Assuming all other
    properties didn't change, a fixed seed should always generate the exact same audio file.
    Set to 0 for random seed.
    """

    temperature: Annotated[
        float,
        Field(
            description="Controls the randomness of generation. Range typically 0.05 to 5.",
            ge=0.05,
            le=5.0,
        ),
    ] = 0.8
    """Controls the randomness of generation. Range typically 0.05 to 5."""


class Audio(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[str | MISSING, Field(description="The mime type of the file.")] = (
        MISSING
    )
    """The mime type of the file."""

    file_name: Annotated[
        str | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[int | MISSING, Field(description="The size of the file in bytes.")] = (
        MISSING
    )
    """The size of the file in bytes."""

    file_data: Annotated[
        str | MISSING, Field(description="File data Not checked by the client: format binary.")
    ] = MISSING
    """File data Not checked by the client: format binary."""


class ResembleAiChatterboxhdTextToSpeechOutput(OutputModel):
    """Output parameters for the TTS request."""

    audio: Annotated[Audio, Field(description="The generated audio file.")]
    """The generated audio file."""
