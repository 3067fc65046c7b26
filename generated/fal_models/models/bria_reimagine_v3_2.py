# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class BriaReimagine3_2Input(InputModel):
    prompt: Annotated[str, Field(description="Prompt for image generation.")]
    """Prompt for image generation."""

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps.", ge=20, le=50)
    ] = 30
    """Number of inference steps."""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")] = 5555
    """Random seed for reproducibility."""

    aspect_ratio: Annotated[
        Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"],
        Field(description="Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"),
    ] = "1:1"
    """Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9"""

    negative_prompt: Annotated[str, Field(description="Negative prompt for image generation.")] = (
        "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra "
        "limbs,Gross proportions,Missing arms,Mutated hands,Long "
        "neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad anatomy,Cloned "
        "face,Malformed limbs,Missing legs,Too many fingers"
    )
    """Negative prompt for image generation."""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for text.", ge=1.0, le=10.0)
    ] = 5
    """Guidance scale for text."""

    truncate_prompt: Annotated[bool, Field(description="Whether to truncate the prompt.")] = True
    """Whether to truncate the prompt."""

    prompt_enhancer: Annotated[bool, Field(description="Whether to improve the prompt.")] = True
    """Whether to improve the prompt."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""

    depth_image_url: Annotated[
        str | None,
        Field(
            description="Depth control image (file or URL).", json_schema_extra={"x-fal-file": True}
        ),
    ] = ""
    """Depth control image (file or URL)."""

    depth_scale: Annotated[
        float, Field(description="Depth control strength (0.0 to 1.0).", ge=0.0, le=1.0)
    ] = 0.5
    """Depth control strength (0.0 to 1.0)."""

    depth_preprocess: Annotated[bool, Field(description="Depth image preprocess.")] = True
    """Depth image preprocess."""

    canny_image_url: Annotated[
        str | None,
        Field(
            description="Canny edge control image (file or URL).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = ""
    """Canny edge control image (file or URL)."""

    canny_preprocess: Annotated[bool, Field(description="Canny image preprocess.")] = True
    """Canny image preprocess."""

    canny_scale: Annotated[
        float, Field(description="Canny edge control strength (0.0 to 1.0).", ge=0.0, le=1.0)
    ] = 0.5
    """Canny edge control strength (0.0 to 1.0)."""


class BriaReimagine3_2Output(OutputModel):
    pass
