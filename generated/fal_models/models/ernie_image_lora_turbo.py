# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class ErnieImageLoraTurboInput(InputModel):
    prompt: str
    """Text prompt for image generation. Supports English, Chinese, and Japanese."""
    negative_prompt: str = ""
    """Negative prompt to guide what should not be in the image."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """The size of the generated image."""
    num_inference_steps: Annotated[int, Field(ge=1, le=20)] = 8
    """Number of denoising steps. Turbo model is optimized for 8 steps."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 1
    """Classifier-free guidance scale."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    enable_prompt_expansion: bool = True
    """If True, the prompt will be enhanced using an LLM for more detailed results."""
    enable_safety_checker: bool = True
    """Enable NSFW safety checking on the generated images."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """Output image format."""
    sync_mode: bool = False
    """If True, the image will be returned as a data URI instead of a URL."""
    acceleration: Literal["none", "regular", "high"] = "regular"
    """The acceleration level to use for the image generation."""
    loras: Annotated[list[LoraWeight], Field(validate_default=True)] = []
    """The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be merged
    together to generate the final image.
    """


class ErnieImageLoraTurboOutput(OutputModel):
    images: list[Image]
    """List of generated images."""
    seed: int
    """Seed used for generation."""
    prompt: str
    """The prompt used for generating the image."""
    timings: dict[str, float]
    """Timing information."""


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
        "square_uhd",
        "portrait_3_2",
        "landscape_3_2",
        "portrait_hd",
        "landscape_hd",
    ],
)


class LoraWeight(InputModel):
    path: str
    """URL or the path to the LoRA weights."""
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """
