# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Aesthetics(InputModel):
    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    composition: Annotated[
        str | None | MISSING, Field(description="The composition of the image to be generated.")
    ] = MISSING
    """The composition of the image to be generated."""

    color_scheme: Annotated[
        str | None | MISSING, Field(description="The color scheme of the image to be generated.")
    ] = MISSING
    """The color scheme of the image to be generated."""

    mood_atmosphere: Annotated[
        str | None | MISSING,
        Field(description="The mood and atmosphere of the image to be generated."),
    ] = MISSING
    """The mood and atmosphere of the image to be generated."""

    aesthetic_score: Annotated[
        str | None | MISSING,
        Field(
            description="The aesthetic score of the image (e.g., 'very high', 'high', 'medium', "
            "'low')."
        ),
    ] = MISSING
    """The aesthetic score of the image (e.g., 'very high', 'high', 'medium', 'low')."""

    preference_score: Annotated[
        str | None | MISSING,
        Field(
            description="The preference score of the image (e.g., 'very high', 'high', 'medium', "
            "'low')."
        ),
    ] = MISSING
    """The preference score of the image (e.g., 'very high', 'high', 'medium', 'low')."""


class Color(InputModel):
    name: Annotated[str | None | MISSING, Field(description="The name of the color.")] = MISSING
    """The name of the color."""

    red: Annotated[int, Field(description="The red component of the color (0-255).")]
    """The red component of the color (0-255)."""

    green: Annotated[int, Field(description="The green component of the color (0-255).")]
    """The green component of the color (0-255)."""

    blue: Annotated[int, Field(description="The blue component of the color (0-255).")]
    """The blue component of the color (0-255)."""


class Lighting(InputModel):
    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    conditions: Annotated[
        str | None | MISSING,
        Field(description="The conditions of the lighting in the image to be generated."),
    ] = MISSING
    """The conditions of the lighting in the image to be generated."""

    direction: Annotated[
        str | None | MISSING,
        Field(description="The direction of the lighting in the image to be generated."),
    ] = MISSING
    """The direction of the lighting in the image to be generated."""

    shadows: Annotated[
        str | None | MISSING, Field(description="The shadows in the image to be generated.")
    ] = MISSING
    """The shadows in the image to be generated."""


class PhotographicCharacteristics(InputModel):
    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    depth_of_field: Annotated[
        str | None | MISSING, Field(description="The depth of field in the image to be generated.")
    ] = MISSING
    """The depth of field in the image to be generated."""

    focus: Annotated[
        str | None | MISSING, Field(description="The focus in the image to be generated.")
    ] = MISSING
    """The focus in the image to be generated."""

    camera_angle: Annotated[
        str | None | MISSING,
        Field(description="The angle of the camera in the image to be generated."),
    ] = MISSING
    """The angle of the camera in the image to be generated."""

    lens_focal_length: Annotated[
        str | None | MISSING,
        Field(description="The focal length of the lens in the image to be generated."),
    ] = MISSING
    """The focal length of the lens in the image to be generated."""


class Point(InputModel):
    x: Annotated[float, Field(description="The x coordinate.")]
    """The x coordinate."""

    y: Annotated[float, Field(description="The y coordinate.")]
    """The y coordinate."""


class BoundingBox(InputModel):
    top_left: Annotated[Point, Field(description="The top-left corner of the bounding box.")]
    """The top-left corner of the bounding box."""

    bottom_right: Annotated[
        Point, Field(description="The bottom-right corner of the bounding box.")
    ]
    """The bottom-right corner of the bounding box."""


class PromptObject(InputModel):
    description: Annotated[
        str | None | MISSING, Field(description="A description of the object to be generated.")
    ] = MISSING
    """A description of the object to be generated."""

    bounding_boxes: Annotated[
        list[BoundingBox] | None | MISSING,
        Field(description="Bounding boxes defining the location of the object in the image."),
    ] = MISSING
    """Bounding boxes defining the location of the object in the image."""

    colors: Annotated[
        list[Color] | None | MISSING,
        Field(description="A list of colors associated with the object."),
    ] = MISSING
    """A list of colors associated with the object."""

    location: Annotated[
        str | None | MISSING, Field(description="The location of the object in the image.")
    ] = MISSING
    """The location of the object in the image."""

    relationship: Annotated[
        str | None | MISSING,
        Field(description="The relationship of the object to other objects in the image."),
    ] = MISSING
    """The relationship of the object to other objects in the image."""

    relative_size: Annotated[
        str | None | MISSING, Field(description="The relative size of the object in the image.")
    ] = MISSING
    """The relative size of the object in the image."""

    shape_and_color: Annotated[
        str | None | MISSING, Field(description="The shape and color of the object.")
    ] = MISSING
    """The shape and color of the object."""

    texture: Annotated[str | None | MISSING, Field(description="The texture of the object.")] = (
        MISSING
    )
    """The texture of the object."""

    appearance_details: Annotated[
        str | None | MISSING, Field(description="The appearance details of the object.")
    ] = MISSING
    """The appearance details of the object."""

    number_of_objects: Annotated[
        int | None | MISSING, Field(description="The number of objects in the image.")
    ] = MISSING
    """The number of objects in the image."""

    pose: Annotated[
        str | None | MISSING, Field(description="The pose of the object in the image.")
    ] = MISSING
    """The pose of the object in the image."""

    expression: Annotated[
        str | None | MISSING, Field(description="The expression of the object in the image.")
    ] = MISSING
    """The expression of the object in the image."""

    clothing: Annotated[
        str | None | MISSING, Field(description="The clothing of the object in the image.")
    ] = MISSING
    """The clothing of the object in the image."""

    action: Annotated[
        str | None | MISSING, Field(description="The action of the object in the image.")
    ] = MISSING
    """The action of the object in the image."""

    gender: Annotated[
        str | None | MISSING, Field(description="The gender of the object in the image.")
    ] = MISSING
    """The gender of the object in the image."""

    skin_tone_and_texture: Annotated[
        str | None | MISSING,
        Field(description="The skin tone and texture of the object in the image."),
    ] = MISSING
    """The skin tone and texture of the object in the image."""

    skin_color: Annotated[
        Color | None | MISSING,
        Field(description="The RGB color values for the skin tone of the object."),
    ] = MISSING
    """The RGB color values for the skin tone of the object."""

    orientation: Annotated[
        str | None | MISSING, Field(description="The orientation of the object in the image.")
    ] = MISSING
    """The orientation of the object in the image."""

    relative_distance: Annotated[
        float | None | MISSING,
        Field(description="The relative distance of the object from the camera or viewer."),
    ] = MISSING
    """The relative distance of the object from the camera or viewer."""


class StructuredPrompt(InputModel):
    short_description: Annotated[
        str | None | MISSING, Field(description="A short description of the image to be generated.")
    ] = MISSING
    """A short description of the image to be generated."""

    objects: Annotated[
        list[PromptObject] | None,
        Field(
            description="A list of objects in the image to be generated, along with their "
            "attributes and relationships to other objects in the image.",
            validate_default=True,
        ),
    ] = []
    """A list of objects in the image to be generated, along with their attributes and
    relationships to other objects in the image.
    """

    color_palette: Annotated[
        list[Color] | None | MISSING,
        Field(description="A list of colors that define the overall color palette of the image."),
    ] = MISSING
    """A list of colors that define the overall color palette of the image."""

    background_setting: Annotated[
        str | None | MISSING,
        Field(description="The background setting of the image to be generated."),
    ] = MISSING
    """The background setting of the image to be generated."""

    lighting: Annotated[
        Lighting | None | MISSING, Field(description="The lighting of the image to be generated.")
    ] = MISSING
    """The lighting of the image to be generated."""

    aesthetics: Annotated[
        Aesthetics | None | MISSING,
        Field(description="The aesthetics of the image to be generated."),
    ] = MISSING
    """The aesthetics of the image to be generated."""

    photographic_characteristics: Annotated[
        PhotographicCharacteristics | None | MISSING,
        Field(description="The photographic characteristics of the image to be generated."),
    ] = MISSING
    """The photographic characteristics of the image to be generated."""

    style_medium: Annotated[
        str | None | MISSING, Field(description="The style medium of the image to be generated.")
    ] = MISSING
    """The style medium of the image to be generated."""

    text_render: Annotated[
        list[Any] | None, Field(description="A list of text to be rendered in the image.")
    ] = []
    """A list of text to be rendered in the image."""

    context: Annotated[
        str | None | MISSING, Field(description="The context of the image to be generated.")
    ] = MISSING
    """The context of the image to be generated."""

    artistic_style: Annotated[
        str | None | MISSING, Field(description="The artistic style of the image to be generated.")
    ] = MISSING
    """The artistic style of the image to be generated."""


class BriaFiboBbqPreviewGenerateOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image.")]
    """Generated image."""

    images: Annotated[list[dict[str, Any]] | MISSING, Field(description="Generated images.")] = (
        MISSING
    )
    """Generated images."""

    structured_prompt: Annotated[dict[str, Any], Field(description="Current prompt.")]
    """Current prompt."""


class BriaFiboBbqPreviewGenerateInput(InputModel):
    prompt: Annotated[str | None | MISSING, Field(description="Prompt for image generation.")] = (
        MISSING
    )
    """Prompt for image generation."""

    aspect_ratio: Annotated[
        Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"],
        Field(description="Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"),
    ] = "1:1"
    """Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"""

    structured_prompt: Annotated[
        StructuredPrompt | str | dict[str, Any] | None | MISSING,
        Field(description="The structured prompt to generate an image from."),
    ] = MISSING
    """The structured prompt to generate an image from."""

    image_url: Annotated[
        str | None | MISSING,
        Field(description="Reference image (file or URL).", json_schema_extra={"x-fal-file": True}),
    ] = MISSING
    """Reference image (file or URL)."""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")] = 5555
    """Random seed for reproducibility."""

    steps_num: Annotated[int, Field(description="Number of inference steps.", ge=20, le=50)] = 50
    """Number of inference steps."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for image generation.")] = ""
    """Negative prompt for image generation."""

    guidance_scale: Annotated[int, Field(description="Guidance scale for text.", ge=3, le=5)] = 5
    """Guidance scale for text."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""
