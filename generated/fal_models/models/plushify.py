# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class PlushifyInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to apply cartoon style to",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to apply cartoon style to"""

    prompt: Annotated[
        str,
        Field(
            description="Prompt for the generation. Default is empty which is usually best, but "
            "sometimes it can help to add a description of the subject."
        ),
    ] = ""
    """Prompt for the generation. Default is empty which is usually best, but sometimes it can
    help to add a description of the subject.
    """

    scale: Annotated[
        float, Field(description="Scale factor for the Cartoon effect", ge=0.1, le=2.0)
    ] = 1
    """Scale factor for the Cartoon effect"""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for the generation", ge=0.0, le=20.0)
    ] = 3.5
    """Guidance scale for the generation"""

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps", ge=1, le=50)
    ] = 28
    """Number of inference steps"""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker")
    ] = True
    """Whether to enable the safety checker"""

    use_cfg_zero: Annotated[bool, Field(description="Whether to use CFG zero")] = False
    """Whether to use CFG zero"""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The seed for image generation. Same seed with same parameters will "
            "generate same image."
        ),
    ] = MISSING
    """The seed for image generation. Same seed with same parameters will generate same image."""

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=4)] = 1
    """Number of images to generate"""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class PlushifyOutput(OutputModel):
    images: Annotated[list[Image], Field(description="The generated image files info.")]
    """The generated image files info."""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
