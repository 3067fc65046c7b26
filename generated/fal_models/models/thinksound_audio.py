# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ThinksoundAudioInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to generate the audio for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to generate the audio for."""

    prompt: Annotated[
        str,
        Field(
            description="A prompt to guide the audio generation. If not provided, it will be "
            "extracted from the video."
        ),
    ] = ""
    """A prompt to guide the audio generation. If not provided, it will be extracted from the
    video.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps for audio generation.", ge=2, le=100)
    ] = 24
    """The number of inference steps for audio generation."""

    cfg_scale: Annotated[
        float,
        Field(
            description="The classifier-free guidance scale for audio generation.", ge=1.0, le=20.0
        ),
    ] = 5
    """The classifier-free guidance scale for audio generation."""


class ThinksoundAudioOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file.")]
    """The generated audio file."""

    prompt: Annotated[str, Field(description="The prompt used to generate the audio.")]
    """The prompt used to generate the audio."""
