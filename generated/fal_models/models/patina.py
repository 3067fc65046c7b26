# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class MapImageFile(FileOutput):
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
    map_type: Literal["basecolor", "normal", "roughness", "metalness", "height"] | str
    """Which PBR map this image represents."""


MapsPreset = TypeAliasType(
    "MapsPreset", Literal["basecolor", "normal", "roughness", "metalness", "height"]
)


class PatinaInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input image (photograph or render)."""
    maps: list[MapsPreset] | MISSING = MISSING
    """Which PBR maps to predict. Defaults to all five."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible denoising. If not set, a random seed is used."""
    sync_mode: bool = False
    """If True, return images as data URIs instead of CDN URLs."""
    enable_safety_checker: bool = True
    """Enable the safety checker for images."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """Output image format."""


class PatinaOutput(OutputModel):
    images: list[MapImageFile]
    """Predicted PBR material maps."""
    timings: dict[str, float] | MISSING = MISSING
    """Timing breakdown (seconds)."""
    seed: int
    """The seed used for denoising."""
