# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class LoRAWeight(InputModel):
    path: Annotated[str, Field(description="URL or the path to the LoRA weights.")]
    """URL or the path to the LoRA weights."""

    weight_name: Annotated[
        str | None | MISSING,
        Field(
            description="Name of the LoRA weight. Used only if `path` is a Hugging Face "
            "repository, and required only if you have more than 1 safetensors file in the repo."
        ),
    ] = MISSING
    """Name of the LoRA weight. Used only if `path` is a Hugging Face repository, and required
    only if you have more than 1 safetensors file in the repo.
    """

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

    transformer: Annotated[
        Literal["high", "low", "both"],
        Field(
            description="Specifies the transformer to load the lora weight into. 'high' loads "
            "into the high-noise transformer, 'low' loads it into the low-noise transformer, "
            "while 'both' loads the LoRA into both transformers."
        ),
    ] = "high"
    """Specifies the transformer to load the lora weight into. 'high' loads into the high-noise
    transformer, 'low' loads it into the low-noise transformer, while 'both' loads the LoRA
    into both transformers.
    """


class WanV2_2A14bTextToImageLoraInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide image generation.")]
    """The text prompt to guide image generation."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = ""
    """Negative prompt for video generation."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=40,
        ),
    ] = 27
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    enable_safety_checker: Annotated[
        bool,
        Field(
            description="If set to true, input data will be checked for safety before processing."
        ),
    ] = False
    """If set to true, input data will be checked for safety before processing."""

    enable_output_safety_checker: Annotated[
        bool,
        Field(
            description="If set to true, output video will be checked for safety after generation."
        ),
    ] = False
    """If set to true, output video will be checked for safety after generation."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt expansion. This will use a large language model "
            "to expand the prompt with additional details while maintaining the original meaning."
        ),
    ] = False
    """Whether to enable prompt expansion. This will use a large language model to expand the
    prompt with additional details while maintaining the original meaning.
    """

    acceleration: Annotated[
        Literal["none", "regular"],
        Field(
            description="Acceleration level to use. The more acceleration, the faster the "
            "generation, but with lower quality. The recommended value is 'regular'."
        ),
    ] = "regular"
    """Acceleration level to use. The more acceleration, the faster the generation, but with
    lower quality. The recommended value is 'regular'.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values give better adherence to "
            "the prompt but may decrease quality.",
            ge=1.0,
            le=10.0,
        ),
    ] = 3.5
    """Classifier-free guidance scale. Higher values give better adherence to the prompt but may
    decrease quality.
    """

    guidance_scale_2: Annotated[
        float,
        Field(
            description="Guidance scale for the second stage of the model. This is used to "
            "control the adherence to the prompt in the second stage of the model.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """Guidance scale for the second stage of the model. This is used to control the adherence to
    the prompt in the second stage of the model.
    """

    shift: Annotated[
        float,
        Field(
            description="Shift value for the image. Must be between 1.0 and 10.0.", ge=1.0, le=10.0
        ),
    ] = 2
    """Shift value for the image. Must be between 1.0 and 10.0."""

    loras: Annotated[
        list[LoRAWeight],
        Field(description="LoRA weights to be used in the inference.", validate_default=True),
    ] = []
    """LoRA weights to be used in the inference."""

    reverse_video: Annotated[bool, Field(description="If true, the video will be reversed.")] = (
        False
    )
    """If true, the video will be reversed."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    image_format: Annotated[
        Literal["png", "jpeg"], Field(description="The format of the output image.")
    ] = "jpeg"
    """The format of the output image."""


class WanV2_2A14bTextToImageLoraOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The generated image file.")]
    """The generated image file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
