# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AceStepInput(InputModel):
    tags: Annotated[
        str,
        Field(
            description="Comma-separated list of genre tags to control the style of the generated "
            "audio."
        ),
    ]
    """Comma-separated list of genre tags to control the style of the generated audio."""

    lyrics: Annotated[
        str,
        Field(
            description="Lyrics to be sung in the audio. If not provided or if [inst] or "
            "[instrumental] is the content of this field, no lyrics will be sung. Use control "
            "structures like [verse], [chorus] and [bridge] to control the structure of the song."
        ),
    ] = ""
    """Lyrics to be sung in the audio. If not provided or if [inst] or [instrumental] is the
    content of this field, no lyrics will be sung. Use control structures like [verse],
    [chorus] and [bridge] to control the structure of the song.
    """

    duration: Annotated[
        float,
        Field(description="The duration of the generated audio in seconds.", ge=5.0, le=240.0),
    ] = 60
    """The duration of the generated audio in seconds."""

    number_of_steps: Annotated[
        int, Field(description="Number of steps to generate the audio.", ge=3, le=60)
    ] = 27
    """Number of steps to generate the audio."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. If not provided, a random seed will be "
            "used."
        ),
    ] = MISSING
    """Random seed for reproducibility. If not provided, a random seed will be used."""

    scheduler: Annotated[
        Literal["euler", "heun"], Field(description="Scheduler to use for the generation process.")
    ] = "euler"
    """Scheduler to use for the generation process."""

    guidance_type: Annotated[
        Literal["cfg", "apg", "cfg_star"],
        Field(description="Type of CFG to use for the generation process."),
    ] = "apg"
    """Type of CFG to use for the generation process."""

    granularity_scale: Annotated[
        int,
        Field(
            description="Granularity scale for the generation process. Higher values can reduce "
            "artifacts.",
            ge=-100,
            le=100,
        ),
    ] = 10
    """Granularity scale for the generation process. Higher values can reduce artifacts."""

    guidance_interval: Annotated[
        float,
        Field(
            description="Guidance interval for the generation. 0.5 means only apply guidance in "
            "the middle steps (0.25 * infer_steps to 0.75 * infer_steps)",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Guidance interval for the generation. 0.5 means only apply guidance in the middle steps
    (0.25 * infer_steps to 0.75 * infer_steps)
    """

    guidance_interval_decay: Annotated[
        float,
        Field(
            description="Guidance interval decay for the generation. Guidance scale will decay "
            "from guidance_scale to min_guidance_scale in the interval. 0.0 means no decay.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0
    """Guidance interval decay for the generation. Guidance scale will decay from guidance_scale
    to min_guidance_scale in the interval. 0.0 means no decay.
    """

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for the generation.", ge=0.0, le=200.0)
    ] = 15
    """Guidance scale for the generation."""

    minimum_guidance_scale: Annotated[
        float,
        Field(
            description="Minimum guidance scale for the generation after the decay.",
            ge=0.0,
            le=200.0,
        ),
    ] = 3
    """Minimum guidance scale for the generation after the decay."""

    tag_guidance_scale: Annotated[
        float, Field(description="Tag guidance scale for the generation.", ge=0.0, le=10.0)
    ] = 5
    """Tag guidance scale for the generation."""

    lyric_guidance_scale: Annotated[
        float, Field(description="Lyric guidance scale for the generation.", ge=0.0, le=10.0)
    ] = 1.5
    """Lyric guidance scale for the generation."""


class AceStepOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file.")]
    """The generated audio file."""

    seed: Annotated[int, Field(description="The random seed used for the generation process.")]
    """The random seed used for the generation process."""

    tags: Annotated[str, Field(description="The genre tags used in the generation process.")]
    """The genre tags used in the generation process."""

    lyrics: Annotated[str, Field(description="The lyrics used in the generation process.")]
    """The lyrics used in the generation process."""
