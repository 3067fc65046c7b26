# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class SmartResizeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the source image to resize.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the source image to resize."""

    target_sizes: Annotated[
        list[str],
        Field(
            description="The list of target dimensions to generate, each written as "
            '``<width>x<height>`` (e.g. ``"1920x1080"``). One output image is produced per target '
            "size (multiplied by ``num_images_per_size``). The endpoint internally picks the "
            "smallest nano-banana-pro preset that fully covers each target so the final image is "
            "a pixel-perfect match with no upscaling.",
            max_length=10,
            min_length=1,
        ),
    ]
    """The list of target dimensions to generate, each written as ``<width>x<height>`` (e.g.
    ``"1920x1080"``). One output image is produced per target size (multiplied by
    ``num_images_per_size``). The endpoint internally picks the smallest nano-banana-pro
    preset that fully covers each target so the final image is a pixel-perfect match with no
    upscaling.
    """

    prompt: Annotated[
        str,
        Field(
            description="Optional extra instruction that is forwarded to nano-banana-pro "
            "alongside the auto-generated resize prompt. Leave empty to let the model preserve "
            "the original image content as closely as possible.",
            max_length=5000,
        ),
    ] = ""
    """Optional extra instruction that is forwarded to nano-banana-pro alongside the
    auto-generated resize prompt. Leave empty to let the model preserve the original image
    content as closely as possible.
    """

    num_images_per_size: Annotated[
        int,
        Field(
            description="The number of nano-banana-pro variants to produce for each target size. "
            "The response images list will contain ``len(target_sizes) * num_images_per_size`` "
            "images in total.",
            ge=1,
            le=4,
        ),
    ] = 1
    """The number of nano-banana-pro variants to produce for each target size. The response
    images list will contain ``len(target_sizes) * num_images_per_size`` images in total.
    """

    resolution: Annotated[
        Literal["1K", "2K", "4K"],
        Field(
            description="Hint for the minimum resolution tier to use internally. The smart-resize "
            "algorithm may pick a higher tier automatically when the requested target size is too "
            "large for this tier. This field does not affect the final output dimensions — those "
            "come from ``target_sizes``."
        ),
    ] = "1K"
    """Hint for the minimum resolution tier to use internally. The smart-resize algorithm may
    pick a higher tier automatically when the requested target size is too large for this
    tier. This field does not affect the final output dimensions — those come from
    ``target_sizes``.
    """

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The output image format.")
    ] = "png"
    """The output image format."""

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5", "6"],
        Field(
            description="The safety tolerance level applied to the inner nano-banana-pro /edit "
            "calls. Higher numbers loosen safety filtering."
        ),
    ] = "4"
    """The safety tolerance level applied to the inner nano-banana-pro /edit calls. Higher
    numbers loosen safety filtering.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Optional random seed forwarded to the inner nano-banana-pro /edit calls "
            "for reproducibility. The same seed is used for every target size when set."
        ),
    ] = MISSING
    """Optional random seed forwarded to the inner nano-banana-pro /edit calls for
    reproducibility. The same seed is used for every target size when set.
    """

    sync_mode: Annotated[
        bool,
        Field(
            description="When True, the response contains data URIs in place of CDN URLs so the "
            "client can decode the images without an extra HTTP request. Adds latency for large "
            "outputs."
        ),
    ] = False
    """When True, the response contains data URIs in place of CDN URLs so the client can decode
    the images without an extra HTTP request. Adds latency for large outputs.
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


class SmartResizeResult(OutputModel):
    """Per-target-size resize result: a list of ``ImageFile`` objects all at the
    exact requested (width, height).
    """

    images: Annotated[list[ImageFile], Field(description="The generated images.")]
    """The generated images."""

    description: Annotated[str, Field(description="The description of the generated images.")]
    """The description of the generated images."""

    width: Annotated[int, Field(description="The requested target width in pixels.")]
    """The requested target width in pixels."""

    height: Annotated[int, Field(description="The requested target height in pixels.")]
    """The requested target height in pixels."""

    aspect_ratio: Annotated[
        str,
        Field(
            description="The nano-banana-pro aspect ratio that was used internally for this "
            "target size."
        ),
    ]
    """The nano-banana-pro aspect ratio that was used internally for this target size."""

    resolution: Annotated[
        str,
        Field(
            description="The nano-banana-pro resolution tier that was used internally for this "
            "target size."
        ),
    ]
    """The nano-banana-pro resolution tier that was used internally for this target size."""


class SmartResizeOutput(OutputModel):
    images: Annotated[
        list[ImageFile],
        Field(
            description="All generated images, flattened across every target size. Order matches "
            "the order of ``results`` below: the first ``num_images_per_size`` entries correspond "
            "to ``target_sizes[0]`` and so on."
        ),
    ]
    """All generated images, flattened across every target size. Order matches the order of
    ``results`` below: the first ``num_images_per_size`` entries correspond to
    ``target_sizes[0]`` and so on.
    """

    description: Annotated[str, Field(description="The description of the generated images.")]
    """The description of the generated images."""

    results: Annotated[
        list[SmartResizeResult],
        Field(
            description="Per-target-size breakdown with the requested width/height and the "
            "nano-banana-pro (aspect_ratio, resolution) preset that was used internally."
        ),
    ]
    """Per-target-size breakdown with the requested width/height and the nano-banana-pro
    (aspect_ratio, resolution) preset that was used internally.
    """
