# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class SeedvrUpscaleImageInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The input image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The input image to be processed"""

    upscale_mode: Annotated[
        Literal["target", "factor"],
        Field(
            description="The mode to use for the upscale. If 'target', the upscale factor will be "
            "calculated based on the target resolution. If 'factor', the upscale factor will be "
            "used directly."
        ),
    ] = "factor"
    """The mode to use for the upscale. If 'target', the upscale factor will be calculated based
    on the target resolution. If 'factor', the upscale factor will be used directly.
    """

    upscale_factor: Annotated[
        float,
        Field(
            description="Upscaling factor to be used. Will multiply the dimensions with this "
            "factor when `upscale_mode` is `factor`.",
            ge=1.0,
            le=10.0,
        ),
    ] = 2
    """Upscaling factor to be used. Will multiply the dimensions with this factor when
    `upscale_mode` is `factor`.
    """

    target_resolution: Annotated[
        Literal["720p", "1080p", "1440p", "2160p"],
        Field(description="The target resolution to upscale to when `upscale_mode` is `target`."),
    ] = "1080p"
    """The target resolution to upscale to when `upscale_mode` is `target`."""

    seed: Annotated[
        int | None | MISSING, Field(description="The random seed used for the generation process.")
    ] = MISSING
    """The random seed used for the generation process."""

    noise_scale: Annotated[
        float,
        Field(
            description="The noise scale to use for the generation process.",
            ge=0.0,
            le=1.0,
            multiple_of=0.001,
        ),
    ] = 0.1
    """The noise scale to use for the generation process."""

    output_format: Annotated[
        Literal["png", "jpg", "webp"], Field(description="The format of the output image.")
    ] = "jpg"
    """The format of the output image."""

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


class SeedvrUpscaleImageOutput(OutputModel):
    image: Annotated[ImageFile, Field(description="Upscaled image file after processing")]
    """Upscaled image file after processing"""

    seed: Annotated[int, Field(description="The random seed used for the generation process.")]
    """The random seed used for the generation process."""
