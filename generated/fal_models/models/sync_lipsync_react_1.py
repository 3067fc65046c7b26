# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class SyncLipsyncReact1Input(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL to the input video. Must be **15 seconds or shorter**."""
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL to the input audio. Must be **15 seconds or shorter**."""
    emotion: Literal["happy", "angry", "sad", "neutral", "disgusted", "surprised"]
    """Emotion prompt for the generation. Currently supports single-word emotions only."""
    model_mode: Literal["lips", "face", "head"] = "face"
    """Controls the edit region and movement scope for the model. Available options: - `lips`:
    Only lipsync using react-1 (minimal facial changes). - `face`: Lipsync + facial
    expressions without head movements. - `head`: Lipsync + facial expressions + natural
    talking head movements.
    """
    lipsync_mode: Literal["cut_off", "loop", "bounce", "silence", "remap"] = "bounce"
    """Lipsync mode when audio and video durations are out of sync."""
    temperature: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Controls the expresiveness of the lipsync."""


class SyncLipsyncReact1Output(OutputModel):
    video: VideoFile
    """The generated video with synchronized lip and facial movements."""


class VideoFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the video"""
    height: int | None | MISSING = MISSING
    """The height of the video"""
    fps: float | None | MISSING = MISSING
    """The FPS of the video"""
    duration: float | None | MISSING = MISSING
    """The duration of the video"""
    num_frames: int | None | MISSING = MISSING
    """The number of frames in the video"""
