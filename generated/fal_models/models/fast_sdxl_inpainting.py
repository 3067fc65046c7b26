# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Embedding(InputModel):
    tokens: Annotated[
        list[str] | MISSING, Field(description="The list of tokens to use for the embedding.")
    ] = MISSING
    """The list of tokens to use for the embedding."""

    path: Annotated[str, Field(description="URL or the path to the embedding weights.")]
    """URL or the path to the embedding weights."""


class ImageSize(InputModel):
    height: Annotated[
        int, Field(description="The height of the generated image.", gt=0, le=14142)
    ] = 512
    """The height of the generated image."""

    width: Annotated[
        int, Field(description="The width of the generated image.", gt=0, le=14142)
    ] = 512
    """The width of the generated image."""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class LoraWeight(InputModel):
    scale: Annotated[
        float,
        Field(
            description="The scale of the LoRA weight. This is used to scale the LoRA weight "
            "before merging it with the base model.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The scale of the LoRA weight. This is used to scale the LoRA weight before merging it with
    the base model.
    """

    force: Annotated[
        bool, Field(description="If set to true, the embedding will be forced to be used.")
    ] = False
    """If set to true, the embedding will be forced to be used."""

    path: Annotated[
        str,
        Field(
            description="URL or path to a LoRA safetensors file. Or HF model name that resolves "
            "to safetensors weights."
        ),
    ]
    """URL or path to a LoRA safetensors file. Or HF model name that resolves to safetensors
    weights.
    """


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class FastSdxlInpaintingInput(InputModel):
    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=65)
    ] = 25
    """The number of inference steps to perform."""

    request_id: Annotated[
        str,
        Field(
            description="An id bound to a request, can be used with response to identify the "
            "request itself."
        ),
    ] = ""
    """An id bound to a request, can be used with response to identify the request itself."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=8)
    ] = 1
    """The number of images to generate."""

    image_size: Annotated[
        ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    expand_prompt: Annotated[
        bool,
        Field(description="If set to true, the prompt will be expanded with additional prompts."),
    ] = False
    """If set to true, the prompt will be expanded with additional prompts."""

    embeddings: Annotated[
        list[Embedding], Field(description="The list of embeddings to use.", validate_default=True)
    ] = []
    """The list of embeddings to use."""

    seed: Annotated[
        int | None,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = None
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    mask_url: Annotated[
        str,
        Field(
            description="The URL of the mask to use for inpainting.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the mask to use for inpainting."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 7.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    safety_checker_version: Annotated[
        Literal["v1", "v2"],
        Field(
            description="The version of the safety checker to use. v1 is the default CompVis "
            "safety checker. v2 uses a custom ViT model."
        ),
    ] = "v1"
    """The version of the safety checker to use. v1 is the default CompVis safety checker. v2
    uses a custom ViT model.
    """

    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ]
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

    loras: Annotated[
        list[LoraWeight],
        Field(description="The list of LoRA weights to use.", validate_default=True),
    ] = []
    """The list of LoRA weights to use."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a starting point for the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as a starting point for the generation."""

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

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use.Use it to address details that you don't want "
            "in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = ""
    """The negative prompt to use.Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    strength: Annotated[
        float,
        Field(
            description="determines how much the generated image resembles the initial image",
            ge=0.01,
            le=1.0,
        ),
    ] = 0.95
    """determines how much the generated image resembles the initial image"""


class FastSdxlInpaintingOutput(OutputModel):
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
