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


class SeedvrUpscaleImageInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The input image to be processed"""
    upscale_mode: Literal["target", "factor"] = "factor"
    """The mode to use for the upscale. If 'target', the upscale factor will be calculated based
    on the target resolution. If 'factor', the upscale factor will be used directly.
    """
    upscale_factor: Annotated[float, Field(ge=1.0, le=10.0)] = 2
    """Upscaling factor to be used. Will multiply the dimensions with this factor when
    `upscale_mode` is `factor`.
    """
    target_resolution: Literal["720p", "1080p", "1440p", "2160p"] = "1080p"
    """The target resolution to upscale to when `upscale_mode` is `target`."""
    seed: int | None | MISSING = MISSING
    """The random seed used for the generation process."""
    noise_scale: Annotated[float, Field(ge=0.0, le=1.0, multiple_of=0.001)] = 0.1
    """The noise scale to use for the generation process."""
    output_format: Literal["png", "jpg", "webp"] = "jpg"
    """The format of the output image."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class SeedvrUpscaleImageOutput(OutputModel):
    image: ImageFile
    """Upscaled image file after processing"""
    seed: int
    """The random seed used for the generation process."""
