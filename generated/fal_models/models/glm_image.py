# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
        "portrait_3_2",
        "landscape_3_2",
        "portrait_hd",
        "landscape_hd",
    ],
)


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class GlmImageInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt for image generation.")]
    """Text prompt for image generation."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="Output image size.", validate_default=True),
    ] = "square_hd"
    """Output image size."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of diffusion denoising steps. More steps generally produce higher "
            "quality images.",
            ge=10,
            le=100,
        ),
    ] = 30
    """Number of diffusion denoising steps. More steps generally produce higher quality images."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values make the model follow the "
            "prompt more closely.",
            ge=1.0,
            le=10.0,
        ),
    ] = 1.5
    """Classifier-free guidance scale. Higher values make the model follow the prompt more
    closely.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. The same seed with the same prompt will "
            "produce the same image."
        ),
    ] = MISSING
    """Random seed for reproducibility. The same seed with the same prompt will produce the same
    image.
    """

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable NSFW safety checking on the generated images.")
    ] = True
    """Enable NSFW safety checking on the generated images."""

    output_format: Annotated[Literal["jpeg", "png"], Field(description="Output image format.")] = (
        "jpeg"
    )
    """Output image format."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If True, the image will be returned as a base64 data URI instead of a URL."
        ),
    ] = False
    """If True, the image will be returned as a base64 data URI instead of a URL."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="If True, the prompt will be enhanced using an LLM for more detailed and "
            "higher quality results."
        ),
    ] = False
    """If True, the prompt will be enhanced using an LLM for more detailed and higher quality
    results.
    """


class GlmImageOutput(OutputModel):
    images: Annotated[list[Image], Field(description="List of URLs to the generated images.")]
    """List of URLs to the generated images."""

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
