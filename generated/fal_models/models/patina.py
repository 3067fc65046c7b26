# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

MapsPreset = TypeAliasType(
    "MapsPreset", Literal["basecolor", "normal", "roughness", "metalness", "height"]
)


class MapImageFile(FileOutput):
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

    map_type: Annotated[
        Literal["basecolor", "normal", "roughness", "metalness", "height"] | str,
        Field(description="Which PBR map this image represents."),
    ]
    """Which PBR map this image represents."""


class PatinaInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the input image (photograph or render).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input image (photograph or render)."""

    maps: Annotated[
        list[MapsPreset] | MISSING,
        Field(description="Which PBR maps to predict. Defaults to all five."),
    ] = MISSING
    """Which PBR maps to predict. Defaults to all five."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible denoising. If not set, a random seed is used."
        ),
    ] = MISSING
    """Random seed for reproducible denoising. If not set, a random seed is used."""

    sync_mode: Annotated[
        bool, Field(description="If True, return images as data URIs instead of CDN URLs.")
    ] = False
    """If True, return images as data URIs instead of CDN URLs."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable the safety checker for images.")
    ] = True
    """Enable the safety checker for images."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="Output image format.")
    ] = "png"
    """Output image format."""


class PatinaOutput(OutputModel):
    images: Annotated[list[MapImageFile], Field(description="Predicted PBR material maps.")]
    """Predicted PBR material maps."""

    timings: Annotated[
        dict[str, float] | MISSING, Field(description="Timing breakdown (seconds).")
    ] = MISSING
    """Timing breakdown (seconds)."""

    seed: Annotated[int, Field(description="The seed used for denoising.")]
    """The seed used for denoising."""
