# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OmniVideoElementInput(InputModel):
    frontal_image_url: Annotated[
        str,
        Field(
            description="The frontal image of the element (main view). Max file size: 10.0MB, Min "
            "width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, "
            "Timeout: 20.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The frontal image of the element (main view). Max file size: 10.0MB, Min width: 300px, Min
    height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50, Timeout: 20.0s
    """

    reference_image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="Additional reference images from different angles. 1-3 images supported. "
            "At least one image is required.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Additional reference images from different angles. 1-3 images supported. At least one
    image is required.
    """


class KlingVideoO1StandardVideoToVideoEditInput(InputModel):
    """Input for video editing or video-as-reference generation."""

    prompt: Annotated[
        str,
        Field(
            description="Use @Element1, @Element2 to reference elements and @Image1, @Image2 to "
            "reference images in order.",
            max_length=2500,
        ),
    ]
    """Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference images in
    order.
    """

    video_url: Annotated[
        str,
        Field(
            description="Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds "
            "duration, 720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: "
            "720px, Min height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, "
            "Max duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration, 720-2160px
    resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min height: 720px, Max
    width: 2160px, Max height: 2160px, Min duration: 3.0s, Max duration: 10.05s, Min FPS:
    24.0, Max FPS: 60.0, Timeout: 30.0s
    """

    keep_audio: Annotated[
        bool, Field(description="Whether to keep the original audio from the video.")
    ] = False
    """Whether to keep the original audio from the video."""

    image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Reference images for style/appearance. Reference in prompt as @Image1, "
            "@Image2, etc. Maximum 4 total (elements + reference images) when using video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference images for style/appearance. Reference in prompt as @Image1, @Image2, etc.
    Maximum 4 total (elements + reference images) when using video.
    """

    elements: Annotated[
        list[OmniVideoElementInput] | None | MISSING,
        Field(
            description="Elements (characters/objects) to include. Reference in prompt as "
            "@Element1, @Element2, etc. Maximum 4 total (elements + reference images) when using "
            "video."
        ),
    ] = MISSING
    """Elements (characters/objects) to include. Reference in prompt as @Element1, @Element2,
    etc. Maximum 4 total (elements + reference images) when using video.
    """


class KlingVideoO1StandardVideoToVideoEditOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
