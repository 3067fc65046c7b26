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
        "square_uhd",
        "portrait_3_2",
        "landscape_3_2",
        "portrait_hd",
        "landscape_hd",
    ],
)


class LoraWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class ErnieImageLoraTurboInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for image generation. Supports English, Chinese, and Japanese."
        ),
    ]
    """Text prompt for image generation. Supports English, Chinese, and Japanese."""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to guide what should not be in the image.")
    ] = ""
    """Negative prompt to guide what should not be in the image."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. Turbo model is optimized for 8 steps.",
            ge=1,
            le=20,
        ),
    ] = 8
    """Number of denoising steps. Turbo model is optimized for 8 steps."""

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance scale.", ge=1.0, le=20.0)
    ] = 1
    """Classifier-free guidance scale."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="If True, the prompt will be enhanced using an LLM for more detailed "
            "results."
        ),
    ] = True
    """If True, the prompt will be enhanced using an LLM for more detailed results."""

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
        Field(description="If True, the image will be returned as a data URI instead of a URL."),
    ] = False
    """If True, the image will be returned as a data URI instead of a URL."""

    acceleration: Annotated[
        Literal["none", "regular", "high"],
        Field(description="The acceleration level to use for the image generation."),
    ] = "regular"
    """The acceleration level to use for the image generation."""

    loras: Annotated[
        list[LoraWeight],
        Field(
            description="The LoRAs to use for image generation. You can use up to 3 LoRAs and "
            "they will be merged together to generate the final image.",
            validate_default=True,
        ),
    ] = []
    """The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be merged
    together to generate the final image.
    """


class ErnieImageLoraTurboOutput(OutputModel):
    images: Annotated[list[Image], Field(description="List of generated images.")]
    """List of generated images."""

    seed: Annotated[int, Field(description="Seed used for generation.")]
    """Seed used for generation."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""

    timings: Annotated[dict[str, float], Field(description="Timing information.")]
    """Timing information."""
