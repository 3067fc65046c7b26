# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Embedding(InputModel):
    tokens: list[str] | MISSING = MISSING
    """The list of tokens to use for the embedding."""
    path: str
    """URL or the path to the embedding weights."""


class FastLightningSdxlInpaintingInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to use as a starting point for the generation."""
    mask_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the mask to use for inpainting."""
    prompt: str
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """
    image_size: Annotated[ImageSize | ImageSizePreset, Field(validate_default=True)] = "square_hd"
    """The size of the generated image."""
    num_inference_steps: Literal["1", "2", "4", "8"] = "4"
    """The number of inference steps to perform."""
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.95
    """determines how much the generated image resembles the initial image"""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    num_images: Annotated[int, Field(ge=1, le=8)] = 1
    """The number of images to generate."""
    embeddings: Annotated[list[Embedding], Field(validate_default=True)] = []
    """The list of embeddings to use."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    safety_checker_version: Literal["v1", "v2"] = "v1"
    """The version of the safety checker to use. v1 is the default CompVis safety checker. v2
    uses a custom ViT model.
    """
    expand_prompt: bool = False
    """If set to true, the prompt will be expanded with additional prompts."""
    format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    request_id: str = ""
    """An id bound to a request, can be used with response to identify the request itself."""


class FastLightningSdxlInpaintingOutput(OutputModel):
    images: list[Image]
    """The generated image files info."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class ImageSize(InputModel):
    height: Annotated[int, Field(gt=0, le=14142)] = 512
    """The height of the generated image."""
    width: Annotated[int, Field(gt=0, le=14142)] = 512
    """The width of the generated image."""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
