# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AudioOutput(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""


Duration = TypeAliasType("Duration", Annotated[float, Field(ge=1.0, le=10.0)])
"""The duration of the generated audio in seconds"""


class MireloAiSfxV1_5VideoToAudioInput(InputModel):
    video_url: Annotated[
        str, Field(json_schema_extra={"x-fal-file": True}, max_length=2083, min_length=1)
    ]
    """A video url that can accessed from the API to process and add sound effects Not checked by
    the client: format uri.
    """
    text_prompt: str | None | MISSING = MISSING
    """Additional description to guide the model"""
    num_samples: NumSamples | None = 2
    """The number of samples to generate from the model"""
    seed: Seed | None = 8069
    """The seed to use for the generation. If not provided, a random seed will be used"""
    duration: Duration | None = 10
    """The duration of the generated audio in seconds"""
    start_offset: StartOffset | None = 0
    """The start offset in seconds to start the audio generation from"""


class MireloAiSfxV1_5VideoToAudioOutput(OutputModel):
    audio: list[AudioOutput]
    """The generated sound effects audio"""


NumSamples = TypeAliasType("NumSamples", Annotated[int, Field(ge=2, le=8)])
"""The number of samples to generate from the model"""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=1)])
"""The seed to use for the generation. If not provided, a random seed will be used"""


StartOffset = TypeAliasType("StartOffset", Annotated[float, Field(ge=0.0)])
"""The start offset in seconds to start the audio generation from"""
