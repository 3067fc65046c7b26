# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AestheticsDetails(InputModel):
    """Aesthetic analysis of the image."""

    composition: Annotated[
        str,
        Field(description="E.g., 'rule of thirds', 'symmetrical', 'centered', 'leading lines'."),
    ]
    """E.g., 'rule of thirds', 'symmetrical', 'centered', 'leading lines'."""

    color_scheme: Annotated[
        str,
        Field(
            description="E.g., 'monochromatic blue', 'warm complementary colors', 'high contrast'."
        ),
    ]
    """E.g., 'monochromatic blue', 'warm complementary colors', 'high contrast'."""

    mood_atmosphere: Annotated[
        str, Field(description="E.g., 'serene', 'energetic', 'mysterious', 'joyful'.")
    ]
    """E.g., 'serene', 'energetic', 'mysterious', 'joyful'."""

    aesthetic_score: Annotated[
        str, Field(description="E.g., 'very low', 'low', 'medium', 'high', 'very high'.")
    ]
    """E.g., 'very low', 'low', 'medium', 'high', 'very high'."""

    preference_score: Annotated[
        str, Field(description="E.g., 'very low', 'low', 'medium', 'high', 'very high'.")
    ]
    """E.g., 'very low', 'low', 'medium', 'high', 'very high'."""


class LightingDetails(InputModel):
    """Lighting information for the image."""

    conditions: Annotated[
        str,
        Field(
            description="E.g., 'bright daylight', 'dim indoor', 'studio lighting', 'golden hour'."
        ),
    ]
    """E.g., 'bright daylight', 'dim indoor', 'studio lighting', 'golden hour'."""

    direction: Annotated[
        str, Field(description="E.g., 'front-lit', 'backlit', 'side-lit from left'.")
    ]
    """E.g., 'front-lit', 'backlit', 'side-lit from left'."""

    shadows: Annotated[
        str | None | MISSING, Field(description="Describe the presence of shadows.")
    ] = MISSING
    """Describe the presence of shadows."""


class ObjectDescription(InputModel):
    """Detailed object description with all attributes."""

    description: Annotated[str, Field(description="Short description of the object.")]
    """Short description of the object."""

    location: Annotated[
        str, Field(description="E.g., 'center', 'top-left', 'bottom-right foreground'.")
    ]
    """E.g., 'center', 'top-left', 'bottom-right foreground'."""

    relationship: Annotated[
        str,
        Field(
            description="Describe the relationship between the object and the other objects in "
            "the image."
        ),
    ]
    """Describe the relationship between the object and the other objects in the image."""

    relative_size: Annotated[
        str | None | MISSING, Field(description="E.g., 'small', 'medium', 'large within frame'.")
    ] = MISSING
    """E.g., 'small', 'medium', 'large within frame'."""

    shape_and_color: Annotated[
        str | None | MISSING, Field(description="Describe the basic shape and dominant color.")
    ] = MISSING
    """Describe the basic shape and dominant color."""

    texture: Annotated[
        str | None | MISSING, Field(description="E.g., 'smooth', 'rough', 'metallic', 'furry'.")
    ] = MISSING
    """E.g., 'smooth', 'rough', 'metallic', 'furry'."""

    appearance_details: Annotated[
        str | None | MISSING, Field(description="Any other notable visual details.")
    ] = MISSING
    """Any other notable visual details."""

    number_of_objects: Annotated[
        int | None | MISSING, Field(description="The number of objects in the cluster.")
    ] = MISSING
    """The number of objects in the cluster."""

    pose: Annotated[str | None | MISSING, Field(description="Describe the body position.")] = (
        MISSING
    )
    """Describe the body position."""

    expression: Annotated[
        str | None | MISSING, Field(description="Describe facial expression.")
    ] = MISSING
    """Describe facial expression."""

    clothing: Annotated[str | None | MISSING, Field(description="Describe attire.")] = MISSING
    """Describe attire."""

    action: Annotated[
        str | None | MISSING, Field(description="Describe the action of the human.")
    ] = MISSING
    """Describe the action of the human."""

    gender: Annotated[
        str | None | MISSING, Field(description="Describe the gender of the human.")
    ] = MISSING
    """Describe the gender of the human."""

    skin_tone_and_texture: Annotated[
        str | None | MISSING, Field(description="Describe the skin tone and texture.")
    ] = MISSING
    """Describe the skin tone and texture."""

    orientation: Annotated[
        str | None | MISSING, Field(description="Describe the orientation of the human.")
    ] = MISSING
    """Describe the orientation of the human."""


class PhotographicCharacteristicsDetails(InputModel):
    """Photographic characteristics of the image."""

    depth_of_field: Annotated[
        str, Field(description="E.g., 'shallow', 'deep', 'bokeh background'.")
    ]
    """E.g., 'shallow', 'deep', 'bokeh background'."""

    focus: Annotated[
        str, Field(description="E.g., 'sharp focus on subject', 'soft focus', 'motion blur'.")
    ]
    """E.g., 'sharp focus on subject', 'soft focus', 'motion blur'."""

    camera_angle: Annotated[
        str, Field(description="E.g., 'eye-level', 'low angle', 'high angle', 'dutch angle'.")
    ]
    """E.g., 'eye-level', 'low angle', 'high angle', 'dutch angle'."""

    lens_focal_length: Annotated[
        str, Field(description="E.g., 'wide-angle', 'telephoto', 'macro', 'fisheye'.")
    ]
    """E.g., 'wide-angle', 'telephoto', 'macro', 'fisheye'."""


class TextRender(InputModel):
    """Text rendering information in the image."""

    text: Annotated[str, Field(description="The text content.")]
    """The text content."""

    location: Annotated[
        str, Field(description="E.g., 'center', 'top-left', 'bottom-right foreground'.")
    ]
    """E.g., 'center', 'top-left', 'bottom-right foreground'."""

    size: Annotated[str, Field(description="E.g., 'small', 'medium', 'large within frame'.")]
    """E.g., 'small', 'medium', 'large within frame'."""

    color: Annotated[str, Field(description="E.g., 'red', 'blue', 'green'.")]
    """E.g., 'red', 'blue', 'green'."""

    font: Annotated[str, Field(description="E.g., 'realistic', 'cartoonish', 'minimalist'.")]
    """E.g., 'realistic', 'cartoonish', 'minimalist'."""

    appearance_details: Annotated[
        str | None | MISSING, Field(description="Any other notable visual details.")
    ] = MISSING
    """Any other notable visual details."""


class AestheticsDetailsOutput(OutputModel):
    """Aesthetic analysis of the image."""

    composition: Annotated[
        str,
        Field(description="E.g., 'rule of thirds', 'symmetrical', 'centered', 'leading lines'."),
    ]
    """E.g., 'rule of thirds', 'symmetrical', 'centered', 'leading lines'."""

    color_scheme: Annotated[
        str,
        Field(
            description="E.g., 'monochromatic blue', 'warm complementary colors', 'high contrast'."
        ),
    ]
    """E.g., 'monochromatic blue', 'warm complementary colors', 'high contrast'."""

    mood_atmosphere: Annotated[
        str, Field(description="E.g., 'serene', 'energetic', 'mysterious', 'joyful'.")
    ]
    """E.g., 'serene', 'energetic', 'mysterious', 'joyful'."""

    aesthetic_score: Annotated[
        str, Field(description="E.g., 'very low', 'low', 'medium', 'high', 'very high'.")
    ]
    """E.g., 'very low', 'low', 'medium', 'high', 'very high'."""

    preference_score: Annotated[
        str, Field(description="E.g., 'very low', 'low', 'medium', 'high', 'very high'.")
    ]
    """E.g., 'very low', 'low', 'medium', 'high', 'very high'."""


class LightingDetailsOutput(OutputModel):
    """Lighting information for the image."""

    conditions: Annotated[
        str,
        Field(
            description="E.g., 'bright daylight', 'dim indoor', 'studio lighting', 'golden hour'."
        ),
    ]
    """E.g., 'bright daylight', 'dim indoor', 'studio lighting', 'golden hour'."""

    direction: Annotated[
        str, Field(description="E.g., 'front-lit', 'backlit', 'side-lit from left'.")
    ]
    """E.g., 'front-lit', 'backlit', 'side-lit from left'."""

    shadows: Annotated[
        str | None | MISSING, Field(description="Describe the presence of shadows.")
    ] = MISSING
    """Describe the presence of shadows."""


class ObjectDescriptionOutput(OutputModel):
    """Detailed object description with all attributes."""

    description: Annotated[str, Field(description="Short description of the object.")]
    """Short description of the object."""

    location: Annotated[
        str, Field(description="E.g., 'center', 'top-left', 'bottom-right foreground'.")
    ]
    """E.g., 'center', 'top-left', 'bottom-right foreground'."""

    relationship: Annotated[
        str,
        Field(
            description="Describe the relationship between the object and the other objects in "
            "the image."
        ),
    ]
    """Describe the relationship between the object and the other objects in the image."""

    relative_size: Annotated[
        str | None | MISSING, Field(description="E.g., 'small', 'medium', 'large within frame'.")
    ] = MISSING
    """E.g., 'small', 'medium', 'large within frame'."""

    shape_and_color: Annotated[
        str | None | MISSING, Field(description="Describe the basic shape and dominant color.")
    ] = MISSING
    """Describe the basic shape and dominant color."""

    texture: Annotated[
        str | None | MISSING, Field(description="E.g., 'smooth', 'rough', 'metallic', 'furry'.")
    ] = MISSING
    """E.g., 'smooth', 'rough', 'metallic', 'furry'."""

    appearance_details: Annotated[
        str | None | MISSING, Field(description="Any other notable visual details.")
    ] = MISSING
    """Any other notable visual details."""

    number_of_objects: Annotated[
        int | None | MISSING, Field(description="The number of objects in the cluster.")
    ] = MISSING
    """The number of objects in the cluster."""

    pose: Annotated[str | None | MISSING, Field(description="Describe the body position.")] = (
        MISSING
    )
    """Describe the body position."""

    expression: Annotated[
        str | None | MISSING, Field(description="Describe facial expression.")
    ] = MISSING
    """Describe facial expression."""

    clothing: Annotated[str | None | MISSING, Field(description="Describe attire.")] = MISSING
    """Describe attire."""

    action: Annotated[
        str | None | MISSING, Field(description="Describe the action of the human.")
    ] = MISSING
    """Describe the action of the human."""

    gender: Annotated[
        str | None | MISSING, Field(description="Describe the gender of the human.")
    ] = MISSING
    """Describe the gender of the human."""

    skin_tone_and_texture: Annotated[
        str | None | MISSING, Field(description="Describe the skin tone and texture.")
    ] = MISSING
    """Describe the skin tone and texture."""

    orientation: Annotated[
        str | None | MISSING, Field(description="Describe the orientation of the human.")
    ] = MISSING
    """Describe the orientation of the human."""


class PhotographicCharacteristicsDetailsOutput(OutputModel):
    """Photographic characteristics of the image."""

    depth_of_field: Annotated[
        str, Field(description="E.g., 'shallow', 'deep', 'bokeh background'.")
    ]
    """E.g., 'shallow', 'deep', 'bokeh background'."""

    focus: Annotated[
        str, Field(description="E.g., 'sharp focus on subject', 'soft focus', 'motion blur'.")
    ]
    """E.g., 'sharp focus on subject', 'soft focus', 'motion blur'."""

    camera_angle: Annotated[
        str, Field(description="E.g., 'eye-level', 'low angle', 'high angle', 'dutch angle'.")
    ]
    """E.g., 'eye-level', 'low angle', 'high angle', 'dutch angle'."""

    lens_focal_length: Annotated[
        str, Field(description="E.g., 'wide-angle', 'telephoto', 'macro', 'fisheye'.")
    ]
    """E.g., 'wide-angle', 'telephoto', 'macro', 'fisheye'."""


class TextRenderOutput(OutputModel):
    """Text rendering information in the image."""

    text: Annotated[str, Field(description="The text content.")]
    """The text content."""

    location: Annotated[
        str, Field(description="E.g., 'center', 'top-left', 'bottom-right foreground'.")
    ]
    """E.g., 'center', 'top-left', 'bottom-right foreground'."""

    size: Annotated[str, Field(description="E.g., 'small', 'medium', 'large within frame'.")]
    """E.g., 'small', 'medium', 'large within frame'."""

    color: Annotated[str, Field(description="E.g., 'red', 'blue', 'green'.")]
    """E.g., 'red', 'blue', 'green'."""

    font: Annotated[str, Field(description="E.g., 'realistic', 'cartoonish', 'minimalist'.")]
    """E.g., 'realistic', 'cartoonish', 'minimalist'."""

    appearance_details: Annotated[
        str | None | MISSING, Field(description="Any other notable visual details.")
    ] = MISSING
    """Any other notable visual details."""


class StructuredPrompt(InputModel):
    short_description: Annotated[
        str, Field(description="A concise summary of the image content, 200 words maximum.")
    ]
    """A concise summary of the image content, 200 words maximum."""

    objects: Annotated[
        list[ObjectDescription],
        Field(description="List of prominent foreground/midground objects."),
    ]
    """List of prominent foreground/midground objects."""

    background_setting: Annotated[
        str,
        Field(
            description="Describe the overall environment, setting, or background, including any "
            "notable background elements."
        ),
    ]
    """Describe the overall environment, setting, or background, including any notable background
    elements.
    """

    lighting: Annotated[LightingDetails, Field(description="Details about the lighting.")]
    """Details about the lighting."""

    aesthetics: Annotated[
        AestheticsDetails, Field(description="Details about the image aesthetics.")
    ]
    """Details about the image aesthetics."""

    photographic_characteristics: Annotated[
        PhotographicCharacteristicsDetails | None | MISSING,
        Field(description="Details about photographic characteristics."),
    ] = MISSING
    """Details about photographic characteristics."""

    style_medium: Annotated[
        str | None | MISSING, Field(description="Identify the artistic style or medium.")
    ] = MISSING
    """Identify the artistic style or medium."""

    text_render: Annotated[
        list[TextRender] | None | MISSING, Field(description="List of text renders in the image.")
    ] = MISSING
    """List of text renders in the image."""

    context: Annotated[
        str,
        Field(description="Provide any additional context that helps understand the image better."),
    ]
    """Provide any additional context that helps understand the image better."""

    artistic_style: Annotated[
        str, Field(description="describe specific artistic characteristics, 3 words maximum.")
    ]
    """describe specific artistic characteristics, 3 words maximum."""

    subject_emotions: Annotated[
        str | None | MISSING,
        Field(description="Explicitly describe any visible emotions or expressions on subjects."),
    ] = MISSING
    """Explicitly describe any visible emotions or expressions on subjects."""


class StructuredPromptOutput(OutputModel):
    short_description: Annotated[
        str, Field(description="A concise summary of the image content, 200 words maximum.")
    ]
    """A concise summary of the image content, 200 words maximum."""

    objects: Annotated[
        list[ObjectDescriptionOutput],
        Field(description="List of prominent foreground/midground objects."),
    ]
    """List of prominent foreground/midground objects."""

    background_setting: Annotated[
        str,
        Field(
            description="Describe the overall environment, setting, or background, including any "
            "notable background elements."
        ),
    ]
    """Describe the overall environment, setting, or background, including any notable background
    elements.
    """

    lighting: Annotated[LightingDetailsOutput, Field(description="Details about the lighting.")]
    """Details about the lighting."""

    aesthetics: Annotated[
        AestheticsDetailsOutput, Field(description="Details about the image aesthetics.")
    ]
    """Details about the image aesthetics."""

    photographic_characteristics: Annotated[
        PhotographicCharacteristicsDetailsOutput | None | MISSING,
        Field(description="Details about photographic characteristics."),
    ] = MISSING
    """Details about photographic characteristics."""

    style_medium: Annotated[
        str | None | MISSING, Field(description="Identify the artistic style or medium.")
    ] = MISSING
    """Identify the artistic style or medium."""

    text_render: Annotated[
        list[TextRenderOutput] | None | MISSING,
        Field(description="List of text renders in the image."),
    ] = MISSING
    """List of text renders in the image."""

    context: Annotated[
        str,
        Field(description="Provide any additional context that helps understand the image better."),
    ]
    """Provide any additional context that helps understand the image better."""

    artistic_style: Annotated[
        str, Field(description="describe specific artistic characteristics, 3 words maximum.")
    ]
    """describe specific artistic characteristics, 3 words maximum."""

    subject_emotions: Annotated[
        str | None | MISSING,
        Field(description="Explicitly describe any visible emotions or expressions on subjects."),
    ] = MISSING
    """Explicitly describe any visible emotions or expressions on subjects."""


class BriaFiboLiteGenerateInput(InputModel):
    prompt: Annotated[str | None | MISSING, Field(description="The prompt to generate.")] = MISSING
    """The prompt to generate."""

    structured_prompt: Annotated[
        StructuredPrompt | None | MISSING, Field(description="The structured prompt to generate.")
    ] = MISSING
    """The structured prompt to generate."""

    image_url: Annotated[
        str | None | MISSING,
        Field(description="Input image URL", json_schema_extra={"x-fal-file": True}),
    ] = MISSING
    """Input image URL"""

    seed: Annotated[int, Field(description="Seed for the random number generator.")] = 7
    """Seed for the random number generator."""

    aspect_ratio: Annotated[
        Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"],
        Field(description="Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"),
    ] = "1:1"
    """Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"""

    negative_prompt: Annotated[str, Field(description="Negative prompt for image generation.")] = ""
    """Negative prompt for image generation."""

    steps_num: Annotated[int, Field(description="Number of inference steps.", ge=4, le=30)] = 8
    """Number of inference steps."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaFiboLiteGenerateOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image.")]
    """Generated image."""

    images: Annotated[list[dict[str, Any]] | MISSING, Field(description="Generated images.")] = (
        MISSING
    )
    """Generated images."""

    structured_prompt: Annotated[StructuredPromptOutput, Field(description="Current prompt.")]
    """Current prompt."""
