# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class GlmImageInput(InputModel):
    prompt: str
    """Text prompt for image generation."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """Output image size."""
    num_inference_steps: Annotated[int, Field(ge=10, le=100)] = 30
    """Number of diffusion denoising steps. More steps generally produce higher quality images."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 1.5
    """Classifier-free guidance scale. Higher values make the model follow the prompt more
    closely.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. The same seed with the same prompt will produce the same
    image.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    enable_safety_checker: bool = True
    """Enable NSFW safety checking on the generated images."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """Output image format."""
    sync_mode: bool = False
    """If True, the image will be returned as a base64 data URI instead of a URL."""
    enable_prompt_expansion: bool = False
    """If True, the prompt will be enhanced using an LLM for more detailed and higher quality
    results.
    """


class GlmImageOutput(OutputModel):
    images: list[Image]
    """List of URLs to the generated images."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


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
