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


class OmnigenV2Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The prompt to generate or edit an image. Use specific language like 'Add "
            "the bird from image 1 to the desk in image 2' for better results."
        ),
    ]
    """The prompt to generate or edit an image. Use specific language like 'Add the bird from
    image 1 to the desk in image 2' for better results.
    """

    input_image_urls: Annotated[
        list[str],
        Field(
            description="URLs of input images to use for image editing or multi-image generation. "
            "Support up to 3 images.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = []
    """URLs of input images to use for image editing or multi-image generation. Support up to 3
    images.
    """

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=20, le=50)
    ] = 50
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

    text_guidance_scale: Annotated[
        float,
        Field(
            description="The Text Guidance scale controls how closely the model follows the text "
            "prompt. Higher values make the model stick more closely to the prompt.",
            ge=1.0,
            le=8.0,
        ),
    ] = 5
    """The Text Guidance scale controls how closely the model follows the text prompt. Higher
    values make the model stick more closely to the prompt.
    """

    image_guidance_scale: Annotated[
        float,
        Field(
            description="The Image Guidance scale controls how closely the model follows the "
            "input images. For image editing: 1.3-2.0, for in-context generation: 2.0-3.0",
            ge=1.0,
            le=3.0,
        ),
    ] = 2
    """The Image Guidance scale controls how closely the model follows the input images. For
    image editing: 1.3-2.0, for in-context generation: 2.0-3.0
    """

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to guide what should not be in the image.")
    ] = (
        "(((deformed))), blurry, over saturation, bad anatomy, disfigured, poorly drawn face, "
        "mutation, mutated, (extra_limb), (ugly), (poorly drawn hands), fused fingers, messy "
        "drawing, broken legs censor, censored, censor_bar"
    )
    """Negative prompt to guide what should not be in the image."""

    cfg_range_start: Annotated[
        float, Field(description="CFG range start value.", ge=0.0, le=1.0)
    ] = 0
    """CFG range start value."""

    cfg_range_end: Annotated[float, Field(description="CFG range end value.", ge=0.0, le=1.0)] = 1
    """CFG range end value."""

    scheduler: Annotated[
        Literal["euler", "dpmsolver"],
        Field(description="The scheduler to use for the diffusion process."),
    ] = "euler"
    """The scheduler to use for the diffusion process."""

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
    ] = "jpeg"
    """The format of the generated image."""


class OmnigenV2Output(OutputModel):
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
