# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceSeedance2_0TextToVideoInput(InputModel):
    prompt: str
    """The text prompt used to generate the video"""
    resolution: Literal["480p", "720p", "1080p"] = "720p"
    """Video resolution - 480p for faster generation, 720p for balance, 1080p for highest
    quality.
    """
    duration: Literal["auto", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] = (
        "auto"
    )
    """Duration of the video in seconds. Supports 4 to 15 seconds, or auto to let the model
    decide based on the prompt.
    """
    aspect_ratio: Literal["auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] = "auto"
    """The aspect ratio of the generated video. Use 16:9 for landscape, 9:16 for
    portrait/vertical, 1:1 for square, 21:9 for ultrawide cinematic, or auto to let the model
    decide.
    """
    generate_audio: bool = True
    """Whether to generate synchronized audio for the video, including sound effects, ambient
    sounds, and lip-synced speech. The cost of video generation is the same regardless of
    whether audio is generated or not.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. Note that results may still vary slightly even with the
    same seed.
    """
    end_user_id: str | None | MISSING = MISSING
    """The unique user ID of the end user."""


class BytedanceSeedance2_0TextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
