# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class FluxProKontextMultiInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 3.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] = "2"
    """The safety tolerance level for the generated image. 1 being the most strict and 5 being
    the most permissive.
    """
    enhance_prompt: bool = False
    """Whether to enhance the prompt for better results."""
    aspect_ratio: (
        Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"] | None | MISSING
    ) = MISSING
    """The aspect ratio of the generated image."""
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """Image prompt for the omni model."""


class FluxProKontextMultiOutput(OutputModel):
    images: list[RegistryImageFastSdxlModelsImage]
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


class RegistryImageFastSdxlModelsImage(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"
