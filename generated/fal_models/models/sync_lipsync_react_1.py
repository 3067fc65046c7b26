# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class SyncLipsyncReact1Input(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL to the input video. Must be **15 seconds or shorter**.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the input video. Must be **15 seconds or shorter**."""

    audio_url: Annotated[
        str,
        Field(
            description="URL to the input audio. Must be **15 seconds or shorter**.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the input audio. Must be **15 seconds or shorter**."""

    emotion: Annotated[
        Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"],
        Field(
            description="Emotion prompt for the generation. Currently supports single-word "
            "emotions only."
        ),
    ]
    """Emotion prompt for the generation. Currently supports single-word emotions only."""

    model_mode: Annotated[
        Literal["lips", "face", "head"],
        Field(
            description="Controls the edit region and movement scope for the model. Available "
            "options: - `lips`: Only lipsync using react-1 (minimal facial changes). - `face`: "
            "Lipsync + facial expressions without head movements. - `head`: Lipsync + facial "
            "expressions + natural talking head movements."
        ),
    ] = "face"
    """Controls the edit region and movement scope for the model. Available options: - `lips`:
    Only lipsync using react-1 (minimal facial changes). - `face`: Lipsync + facial
    expressions without head movements. - `head`: Lipsync + facial expressions + natural
    talking head movements.
    """

    lipsync_mode: Annotated[
        Literal["cut_off", "loop", "bounce", "silence", "remap"],
        Field(description="Lipsync mode when audio and video durations are out of sync."),
    ] = "bounce"
    """Lipsync mode when audio and video durations are out of sync."""

    temperature: Annotated[
        float, Field(description="Controls the expresiveness of the lipsync.", ge=0.0, le=1.0)
    ] = 0.5
    """Controls the expresiveness of the lipsync."""


class VideoFile(FileOutput):
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

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class SyncLipsyncReact1Output(OutputModel):
    video: Annotated[
        VideoFile,
        Field(description="The generated video with synchronized lip and facial movements."),
    ]
    """The generated video with synchronized lip and facial movements."""
