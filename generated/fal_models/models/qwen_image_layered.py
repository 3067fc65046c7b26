# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""


class QwenImageLayeredInput(InputModel):
    prompt: str | None | MISSING = MISSING
    """A caption for the input image."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the input image."""
    negative_prompt: str = ""
    """The negative prompt to generate an image from."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """The number of inference steps to perform."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 5
    """The guidance scale to use for the image generation."""
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    num_layers: Annotated[int, Field(ge=1, le=10)] = 4
    """The number of layers to generate."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["png", "webp"] = "png"
    """The format of the generated image."""
    acceleration: Literal["none", "regular", "high"] = "regular"
    """The acceleration level to use."""


class QwenImageLayeredOutput(OutputModel):
    images: list[ImageFile]
    """The generated image files info."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str | None | MISSING = MISSING
    """The prompt used to generate the image."""
