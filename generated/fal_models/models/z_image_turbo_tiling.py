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
        "auto",
    ],
)


class ImageFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


class ZImageTurboTilingInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the generated image. Use 'auto' to match the input image "
            "size (or 1024x1024 if no image).",
            validate_default=True,
        ),
    ] = "square_hd"
    """The size of the generated image. Use 'auto' to match the input image size (or 1024x1024 if
    no image).
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=8)
    ] = 8
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
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    acceleration: Annotated[
        Literal["none", "regular", "high"], Field(description="The acceleration level to use.")
    ] = "regular"
    """The acceleration level to use."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt expansion. Note: this will increase the price "
            "by 0.0025 credits per request."
        ),
    ] = False
    """Whether to enable prompt expansion. Note: this will increase the price by 0.0025 credits
    per request.
    """

    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of an image for image-to-image or inpainting. When provided without "
            "mask_image_url, performs image-to-image; with mask_image_url, performs inpainting.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of an image for image-to-image or inpainting. When provided without mask_image_url,
    performs image-to-image; with mask_image_url, performs inpainting.
    """

    mask_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of a mask image for inpainting. White regions are regenerated, black "
            "regions are preserved. Requires image_url.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of a mask image for inpainting. White regions are regenerated, black regions are
    preserved. Requires image_url.
    """

    strength: Annotated[
        float,
        Field(
            description="How much to transform the input image. Only used when image_url is "
            "provided.",
            gt=0.0,
            le=1.0,
        ),
    ] = 0.6
    """How much to transform the input image. Only used when image_url is provided."""

    tile_size: Annotated[
        int,
        Field(
            description="Tile size in latent space. Must be even (divisible by 2) for "
            "patchification. (64 = 512px, 128 = 1024px, 256 = 2048px).",
            ge=32,
            le=256,
            multiple_of=2,
        ),
    ] = 128
    """Tile size in latent space. Must be even (divisible by 2) for patchification. (64 = 512px,
    128 = 1024px, 256 = 2048px).
    """

    tile_stride: Annotated[
        int,
        Field(
            description="Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, "
            "64 = 512px, 128 = 1024px).",
            ge=16,
            le=128,
            multiple_of=2,
        ),
    ] = 64
    """Tile stride in latent space. Must be even (divisible by 2). (32 = 256px, 64 = 512px, 128 =
    1024px).
    """

    tiling_mode: Annotated[
        Literal["both", "horizontal", "vertical"],
        Field(
            description="Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right "
            "only), 'vertical' (top-bottom only)."
        ),
    ] = "both"
    """Tiling direction: 'both' (omnidirectional), 'horizontal' (left-right only), 'vertical'
    (top-bottom only).
    """


class ZImageTurboTilingOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated image files info.")]
    """The generated image files info."""

    timings: Annotated[
        dict[str, float], Field(description="The timings of the generation process.")
    ]
    """The timings of the generation process."""

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
