# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Aesthetics(InputModel):
    composition: str | None | MISSING = MISSING
    """The composition of the image to be generated."""
    color_scheme: str | None | MISSING = MISSING
    """The color scheme of the image to be generated."""
    mood_atmosphere: str | None | MISSING = MISSING
    """The mood and atmosphere of the image to be generated."""


class BriaFiboGenerateInput(InputModel):
    prompt: str | None | MISSING = MISSING
    """Prompt for image generation."""
    structured_prompt: StructuredPrompt | None | MISSING = MISSING
    """The structured prompt to generate an image from."""
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Reference image (file or URL)."""
    seed: int = 5555
    """Random seed for reproducibility."""
    steps_num: Annotated[int, Field(ge=20, le=50)] = 50
    """Number of inference steps."""
    aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"] = "1:1"
    """Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"""
    negative_prompt: str = ""
    """Negative prompt for image generation."""
    resolution: Literal["1MP", "4MP"] = "1MP"
    """Output image resolution"""
    sync_mode: bool = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaFiboGenerateOutput(OutputModel):
    image: shared.Image
    """Generated image."""
    images: list[dict[str, Any]] = []
    """Generated images."""
    structured_prompt: dict[str, Any]
    """Current prompt."""


class Lighting(InputModel):
    conditions: str | None | MISSING = MISSING
    """The conditions of the lighting in the image to be generated."""
    direction: str | None | MISSING = MISSING
    """The direction of the lighting in the image to be generated."""
    shadows: str | None | MISSING = MISSING
    """The shadows in the image to be generated."""


class PhotographicCharacteristics(InputModel):
    depth_of_field: str | None | MISSING = MISSING
    """The depth of field in the image to be generated."""
    focus: str | None | MISSING = MISSING
    """The focus in the image to be generated."""
    camera_angle: str | None | MISSING = MISSING
    """The angle of the camera in the image to be generated."""
    lens_focal_length: str | None | MISSING = MISSING
    """The focal length of the lens in the image to be generated."""


class PromptObject(InputModel):
    description: str | None | MISSING = MISSING
    """A description of the object to be generated."""
    location: str | None | MISSING = MISSING
    """The location of the object in the image."""
    relationship: str
    """The relationship of the object to other objects in the image."""
    relative_size: str | None | MISSING = MISSING
    """The relative size of the object in the image."""
    shape_and_color: str | None | MISSING = MISSING
    """The shape and color of the object."""
    texture: str | None | MISSING = MISSING
    """The texture of the object."""
    appearance_details: str | None | MISSING = MISSING
    """The appearance details of the object."""
    number_of_objects: int | None | MISSING = MISSING
    """The number of objects in the image."""
    pose: str | None | MISSING = MISSING
    """The pose of the object in the image."""
    expression: str | None | MISSING = MISSING
    """The expression of the object in the image."""
    clothing: str | None | MISSING = MISSING
    """The clothing of the object in the image."""
    action: str | None | MISSING = MISSING
    """The action of the object in the image."""
    gender: str | None | MISSING = MISSING
    """The gender of the object in the image."""
    skin_tone_and_texture: str | None | MISSING = MISSING
    """The skin tone and texture of the object in the image."""
    orientation: str | None | MISSING = MISSING
    """The orientation of the object in the image."""


class StructuredPrompt(InputModel):
    short_description: str | None | MISSING = MISSING
    """A short description of the image to be generated."""
    objects: Annotated[list[PromptObject] | None, Field(validate_default=True)] = []
    """A list of objects in the image to be generated, along with their attributes and
    relationships to other objects in the image.
    """
    background_setting: str | None | MISSING = MISSING
    """The background setting of the image to be generated."""
    lighting: Lighting | None | MISSING = MISSING
    """The lighting of the image to be generated."""
    aesthetics: Aesthetics | None | MISSING = MISSING
    """The aesthetics of the image to be generated."""
    photographic_characteristics: PhotographicCharacteristics | None | MISSING = MISSING
    """The photographic characteristics of the image to be generated."""
    style_medium: str | None | MISSING = MISSING
    """The style medium of the image to be generated."""
    text_render: list[Any] | None = []
    """A list of text to be rendered in the image."""
    context: str | None | MISSING = MISSING
    """The context of the image to be generated."""
    artistic_style: str | None | MISSING = MISSING
    """The artistic style of the image to be generated."""
