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


class WanV2_2A14bImageToImageInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of the input image.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input image."""

    prompt: Annotated[str, Field(description="The text prompt to guide image generation.")]
    """The text prompt to guide image generation."""

    strength: Annotated[
        float,
        Field(
            description="Denoising strength. 1.0 = fully remake; 0.0 = preserve original.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Denoising strength. 1.0 = fully remake; 0.0 = preserve original."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = ""
    """Negative prompt for video generation."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16", "1:1"],
        Field(
            description="Aspect ratio of the generated image. If 'auto', the aspect ratio will be "
            "determined automatically based on the input image."
        ),
    ] = "auto"
    """Aspect ratio of the generated image. If 'auto', the aspect ratio will be determined
    automatically based on the input image.
    """

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
        float, Field(description="Classifier-free guidance scale.", ge=1.0, le=10.0)
    ] = 3.5
    """Classifier-free guidance scale."""

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

    shift: Annotated[float, Field(ge=1.0, le=10.0)] = 2
    image_size: shared.ImageSize | ImageSizePreset | None | MISSING = MISSING
    image_format: Annotated[
        Literal["png", "jpeg"], Field(description="The format of the output image.")
    ] = "jpeg"
    """The format of the output image."""


class WanV2_2A14bImageToImageOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The generated image file.")]
    """The generated image file."""

    prompt: Annotated[str, Field(description="The text prompt used for image generation.")] = ""
    """The text prompt used for image generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
