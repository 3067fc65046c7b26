# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class AestheticsDetails(InputModel):
    """Aesthetic analysis of the image."""

    composition: str
    """E.g., 'rule of thirds', 'symmetrical', 'centered', 'leading lines'."""
    color_scheme: str
    """E.g., 'monochromatic blue', 'warm complementary colors', 'high contrast'."""
    mood_atmosphere: str
    """E.g., 'serene', 'energetic', 'mysterious', 'joyful'."""
    aesthetic_score: str
    """E.g., 'very low', 'low', 'medium', 'high', 'very high'."""
    preference_score: str
    """E.g., 'very low', 'low', 'medium', 'high', 'very high'."""


class BriaFiboLiteGenerateStructuredPromptInput(InputModel):
    prompt: str | None | MISSING = MISSING
    """The prompt to generate."""
    structured_prompt: StructuredPrompt | None | MISSING = MISSING
    """The structured prompt to generate."""
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Input image URL"""
    seed: int = 7
    """Seed for the random number generator."""


class BriaFiboLiteGenerateStructuredPromptOutput(OutputModel):
    pass


class LightingDetails(InputModel):
    """Lighting information for the image."""

    conditions: str
    """E.g., 'bright daylight', 'dim indoor', 'studio lighting', 'golden hour'."""
    direction: str
    """E.g., 'front-lit', 'backlit', 'side-lit from left'."""
    shadows: str | None | MISSING = MISSING
    """Describe the presence of shadows."""


class ObjectDescription(InputModel):
    """Detailed object description with all attributes."""

    description: str
    """Short description of the object."""
    location: str
    """E.g., 'center', 'top-left', 'bottom-right foreground'."""
    relationship: str
    """Describe the relationship between the object and the other objects in the image."""
    relative_size: str | None | MISSING = MISSING
    """E.g., 'small', 'medium', 'large within frame'."""
    shape_and_color: str | None | MISSING = MISSING
    """Describe the basic shape and dominant color."""
    texture: str | None | MISSING = MISSING
    """E.g., 'smooth', 'rough', 'metallic', 'furry'."""
    appearance_details: str | None | MISSING = MISSING
    """Any other notable visual details."""
    number_of_objects: int | None | MISSING = MISSING
    """The number of objects in the cluster."""
    pose: str | None | MISSING = MISSING
    """Describe the body position."""
    expression: str | None | MISSING = MISSING
    """Describe facial expression."""
    clothing: str | None | MISSING = MISSING
    """Describe attire."""
    action: str | None | MISSING = MISSING
    """Describe the action of the human."""
    gender: str | None | MISSING = MISSING
    """Describe the gender of the human."""
    skin_tone_and_texture: str | None | MISSING = MISSING
    """Describe the skin tone and texture."""
    orientation: str | None | MISSING = MISSING
    """Describe the orientation of the human."""


class PhotographicCharacteristicsDetails(InputModel):
    """Photographic characteristics of the image."""

    depth_of_field: str
    """E.g., 'shallow', 'deep', 'bokeh background'."""
    focus: str
    """E.g., 'sharp focus on subject', 'soft focus', 'motion blur'."""
    camera_angle: str
    """E.g., 'eye-level', 'low angle', 'high angle', 'dutch angle'."""
    lens_focal_length: str
    """E.g., 'wide-angle', 'telephoto', 'macro', 'fisheye'."""


class StructuredPrompt(InputModel):
    short_description: str
    """A concise summary of the image content, 200 words maximum."""
    objects: list[ObjectDescription]
    """List of prominent foreground/midground objects."""
    background_setting: str
    """Describe the overall environment, setting, or background, including any notable background
    elements.
    """
    lighting: LightingDetails
    """Details about the lighting."""
    aesthetics: AestheticsDetails
    """Details about the image aesthetics."""
    photographic_characteristics: PhotographicCharacteristicsDetails | None | MISSING = MISSING
    """Details about photographic characteristics."""
    style_medium: str | None | MISSING = MISSING
    """Identify the artistic style or medium."""
    text_render: list[TextRender] | None | MISSING = MISSING
    """List of text renders in the image."""
    context: str
    """Provide any additional context that helps understand the image better."""
    artistic_style: str
    """describe specific artistic characteristics, 3 words maximum."""
    subject_emotions: str | None | MISSING = MISSING
    """Explicitly describe any visible emotions or expressions on subjects."""


class TextRender(InputModel):
    """Text rendering information in the image."""

    text: str
    """The text content."""
    location: str
    """E.g., 'center', 'top-left', 'bottom-right foreground'."""
    size: str
    """E.g., 'small', 'medium', 'large within frame'."""
    color: str
    """E.g., 'red', 'blue', 'green'."""
    font: str
    """E.g., 'realistic', 'cartoonish', 'minimalist'."""
    appearance_details: str | None | MISSING = MISSING
    """Any other notable visual details."""
