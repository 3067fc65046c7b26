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
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
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


class QwenImageImageToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the image with")]
    """The prompt to generate the image with"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="The size of the generated image. By default, we will use the provided "
            "image for determining the image_size."
        ),
    ] = MISSING
    """The size of the generated image. By default, we will use the provided image for
    determining the image_size.
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=2, le=250)
    ] = 30
    """The number of inference steps to perform."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 2.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    negative_prompt: Annotated[str, Field(description="The negative prompt for the generation")] = (
        " "
    )
    """The negative prompt for the generation"""

    acceleration: Annotated[
        Literal["none", "regular", "high"],
        Field(
            description="Acceleration level for image generation. Options: 'none', 'regular', "
            "'high'. Higher acceleration increases speed. 'regular' balances speed and quality. "
            "'high' is recommended for images without text."
        ),
    ] = "none"
    """Acceleration level for image generation. Options: 'none', 'regular', 'high'. Higher
    acceleration increases speed. 'regular' balances speed and quality. 'high' is recommended
    for images without text.
    """

    loras: Annotated[
        list[LoraWeight],
        Field(
            description="The LoRAs to use for the image generation. You can use up to 3 LoRAs and "
            "they will be merged together to generate the final image.",
            validate_default=True,
        ),
    ] = []
    """The LoRAs to use for the image generation. You can use up to 3 LoRAs and they will be
    merged together to generate the final image.
    """

    use_turbo: Annotated[
        bool,
        Field(
            description="Enable turbo mode for faster generation with high quality. When enabled, "
            "uses optimized settings (10 steps, CFG=1.2)."
        ),
    ] = False
    """Enable turbo mode for faster generation with high quality. When enabled, uses optimized
    settings (10 steps, CFG=1.2).
    """

    image_url: Annotated[
        str,
        Field(
            description="The reference image to guide the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The reference image to guide the generation."""

    strength: Annotated[
        float,
        Field(
            description="Denoising strength. 1.0 = fully remake; 0.0 = preserve original.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.6
    """Denoising strength. 1.0 = fully remake; 0.0 = preserve original."""


class QwenImageImageToImageOutput(OutputModel):
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
