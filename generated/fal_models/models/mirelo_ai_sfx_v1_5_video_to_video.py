# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

NumSamples = TypeAliasType(
    "NumSamples",
    Annotated[
        int, Field(description="The number of samples to generate from the model", ge=2, le=8)
    ],
)


Seed = TypeAliasType(
    "Seed",
    Annotated[
        int,
        Field(
            description="The seed to use for the generation. If not provided, a random seed will "
            "be used",
            ge=1,
        ),
    ],
)


Duration = TypeAliasType(
    "Duration",
    Annotated[
        float, Field(description="The duration of the generated audio in seconds", ge=1.0, le=10.0)
    ],
)


StartOffset = TypeAliasType(
    "StartOffset",
    Annotated[
        float,
        Field(description="The start offset in seconds to start the audio generation from", ge=0.0),
    ],
)


class MireloAiSfxV1_5VideoToVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="A video url that can accessed from the API to process and add sound "
            "effects Not checked by the client: format uri.",
            json_schema_extra={"x-fal-file": True},
            max_length=2083,
            min_length=1,
        ),
    ]
    """A video url that can accessed from the API to process and add sound effects Not checked by
    the client: format uri.
    """

    text_prompt: Annotated[
        str | None | MISSING, Field(description="Additional description to guide the model")
    ] = MISSING
    """Additional description to guide the model"""

    num_samples: Annotated[
        NumSamples | None, Field(description="The number of samples to generate from the model")
    ] = 2
    """The number of samples to generate from the model"""

    seed: Annotated[
        Seed | None,
        Field(
            description="The seed to use for the generation. If not provided, a random seed will "
            "be used"
        ),
    ] = 8069
    """The seed to use for the generation. If not provided, a random seed will be used"""

    duration: Annotated[
        Duration | None, Field(description="The duration of the generated audio in seconds")
    ] = 10
    """The duration of the generated audio in seconds"""

    start_offset: Annotated[
        StartOffset | None,
        Field(description="The start offset in seconds to start the audio generation from"),
    ] = 0
    """The start offset in seconds to start the audio generation from"""


class VideoOutput(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""


class MireloAiSfxV1_5VideoToVideoOutput(OutputModel):
    video: Annotated[list[VideoOutput], Field(description="The processed video with sound effects")]
    """The processed video with sound effects"""
