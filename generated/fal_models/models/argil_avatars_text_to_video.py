# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ArgilAvatarsTextToVideoInput(InputModel):
    avatar: Literal[
        "Mia outdoor (UGC)",
        "Lara (Masterclass)",
        "Ines (UGC)",
        "Maria (Masterclass)",
        "Emma (UGC)",
        "Sienna (Masterclass)",
        "Elena (UGC)",
        "Jasmine (Masterclass)",
        "Amara (Masterclass)",
        "Ryan podcast (UGC)",
        "Tyler (Masterclass)",
        "Jayse (Masterclass)",
        "Paul (Masterclass)",
        "Matteo (UGC)",
        "Daniel car (UGC)",
        "Dario (Masterclass)",
        "Viva (Masterclass)",
        "Chen (Masterclass)",
        "Alex (Masterclass)",
        "Vanessa (UGC)",
        "Laurent (UGC)",
        "Noemie car (UGC)",
        "Brandon (UGC)",
        "Byron (Masterclass)",
        "Calista (Masterclass)",
        "Milo (Masterclass)",
        "Fabien (Masterclass)",
        "Rose (UGC)",
    ]
    text: str
    voice: Literal[
        "Rachel",
        "Clyde",
        "Roger",
        "Sarah",
        "Laura",
        "Thomas",
        "Charlie",
        "George",
        "Callum",
        "River",
        "Harry",
        "Liam",
        "Alice",
        "Matilda",
        "Will",
        "Jessica",
        "Lilly",
        "Bill",
        "Oxley",
        "Luna",
    ]
    remove_background: Annotated[
        bool,
        Field(
            description="Enabling the remove background feature will result in a 50% increase in "
            "the price."
        ),
    ] = False
    """Enabling the remove background feature will result in a 50% increase in the price."""


class Video(FileOutput):
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


class ArgilAvatarsTextToVideoOutput(OutputModel):
    video: Video | None | MISSING = MISSING
    moderation_flagged: bool = False
    moderation_transcription: str | None | MISSING = MISSING
    moderation_error: str | None | MISSING = MISSING
