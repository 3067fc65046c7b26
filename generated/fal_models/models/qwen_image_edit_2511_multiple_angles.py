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


class QwenImageEdit2511MultipleAnglesInput(InputModel):
    """Input model for Multiple Angles endpoint - Camera control with precise adjustments using
    <sks> trigger word.
    Prompt is built automatically from slider values.
    """

    image_urls: Annotated[
        list[str],
        Field(
            description="The URL of the image to adjust camera angle for.",
            json_schema_extra={"x-fal-file": True},
            min_length=1,
        ),
    ]
    """The URL of the image to adjust camera angle for."""

    horizontal_angle: Annotated[
        float,
        Field(
            description="Horizontal rotation angle around the object in degrees. 0°=front view, "
            "90°=right side, 180°=back view, 270°=left side, 360°=front view again.",
            ge=0.0,
            le=360.0,
        ),
    ] = 0
    """Horizontal rotation angle around the object in degrees. 0°=front view, 90°=right side,
    180°=back view, 270°=left side, 360°=front view again.
    """

    vertical_angle: Annotated[
        float,
        Field(
            description="Vertical camera angle in degrees. -30°=low-angle shot (looking up), "
            "0°=eye-level, 30°=elevated, 60°=high-angle, 90°=bird's-eye view (looking down).",
            ge=-30.0,
            le=90.0,
        ),
    ] = 0
    """Vertical camera angle in degrees. -30°=low-angle shot (looking up), 0°=eye-level,
    30°=elevated, 60°=high-angle, 90°=bird's-eye view (looking down).
    """

    zoom: Annotated[
        float,
        Field(
            description="Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), "
            "10=close-up (very close).",
            ge=0.0,
            le=10.0,
        ),
    ] = 5
    """Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up (very
    close).
    """

    additional_prompt: Annotated[
        str | None | MISSING,
        Field(description="Additional text to append to the automatically generated prompt."),
    ] = MISSING
    """Additional text to append to the automatically generated prompt."""

    lora_scale: Annotated[
        float,
        Field(
            description="The scale factor for the LoRA model. Controls the strength of the camera "
            "control effect.",
            ge=0.0,
            le=4.0,
        ),
    ] = 1
    """The scale factor for the LoRA model. Controls the strength of the camera control effect."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="The size of the generated image. If not provided, the size of the input "
            "image will be used."
        ),
    ] = MISSING
    """The size of the generated image. If not provided, the size of the input image will be
    used.
    """

    guidance_scale: Annotated[
        float, Field(description="The CFG (Classifier Free Guidance) scale.", ge=1.0, le=20.0)
    ] = 4.5
    """The CFG (Classifier Free Guidance) scale."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 28
    """The number of inference steps to perform."""

    acceleration: Annotated[
        Literal["none", "regular"], Field(description="Acceleration level for image generation.")
    ] = "regular"
    """Acceleration level for image generation."""

    negative_prompt: Annotated[str, Field(description="The negative prompt for the generation")] = (
        ""
    )
    """The negative prompt for the generation"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    sync_mode: Annotated[
        bool, Field(description="If `True`, the media will be returned as a data URI.")
    ] = False
    """If `True`, the media will be returned as a data URI."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    output_format: Annotated[
        Literal["png", "jpeg", "webp"], Field(description="The format of the output image")
    ] = "png"
    """The format of the output image"""

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=4)] = 1
    """Number of images to generate"""


class QwenImageEdit2511MultipleAnglesOutput(OutputModel):
    """Output model for Multiple Angles endpoint"""

    images: Annotated[list[shared.Image], Field(description="The generated/edited images")]
    """The generated/edited images"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""

    prompt: Annotated[str, Field(description="The constructed prompt used for generation")]
    """The constructed prompt used for generation"""
