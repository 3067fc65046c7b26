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


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class FireredImageEditV1_1Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The editing instruction describing what changes to make to the image. "
            "Supports both English and Chinese instructions."
        ),
    ]
    """The editing instruction describing what changes to make to the image. Supports both
    English and Chinese instructions.
    """

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="The size of the generated image. If None, uses the input image dimensions."
        ),
    ] = MISSING
    """The size of the generated image. If None, uses the input image dimensions."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to perform. More steps generally produce "
            "higher quality results.",
            ge=2,
            le=50,
        ),
    ] = 30
    """The number of inference steps to perform. More steps generally produce higher quality
    results.
    """

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
            description="Classifier-free guidance scale. Higher values make the model follow the "
            "prompt more closely.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """Classifier-free guidance scale. Higher values make the model follow the prompt more
    closely.
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

    image_urls: Annotated[
        list[str],
        Field(
            description="The URLs of the images to edit. Supports single image editing and "
            "multi-image references (e.g., virtual try-on, style transfer from reference, "
            "portrait makeup).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URLs of the images to edit. Supports single image editing and multi-image references
    (e.g., virtual try-on, style transfer from reference, portrait makeup).
    """

    negative_prompt: Annotated[
        str, Field(description="The negative prompt for the generation.")
    ] = ""
    """The negative prompt for the generation."""

    acceleration: Annotated[
        Literal["none", "regular", "high"],
        Field(description="The acceleration level to use for inference speed optimization."),
    ] = "regular"
    """The acceleration level to use for inference speed optimization."""


class FireredImageEditV1_1Output(OutputModel):
    images: Annotated[list[Image], Field(description="The edited image files info.")]
    """The edited image files info."""

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
