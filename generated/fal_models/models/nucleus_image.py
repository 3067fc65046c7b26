# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class NucleusImageInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to use for generating the image.")]
    """The prompt to use for generating the image."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to use for generation.")
    ] = ""
    """The negative prompt to use for generation."""

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"],
        Field(
            description="The output aspect ratio. Nucleus-Image supports a fixed set of "
            "aspect-ratio presets."
        ),
    ] = "1:1"
    """The output aspect ratio. Nucleus-Image supports a fixed set of aspect-ratio presets."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=100)
    ] = 50
    """The number of inference steps to perform."""

    guidance_scale: Annotated[
        float, Field(description="The classifier-free guidance scale.", ge=0.0, le=20.0)
    ] = 8
    """The classifier-free guidance scale."""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for reproducible generation.")
    ] = MISSING
    """Seed for reproducible generation."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=2)
    ] = 1
    """The number of images to generate."""

    sync_mode: Annotated[
        bool,
        Field(description="If `True`, return media as data URIs instead of persisted CDN files."),
    ] = False
    """If `True`, return media as data URIs instead of persisted CDN files."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class NucleusImageOutput(OutputModel):
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
