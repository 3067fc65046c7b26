# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class OnerewardInput(InputModel):
    """Input for the OneReward inpainting/editing model."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the source image to edit.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the source image to edit."""

    mask_url: Annotated[
        str,
        Field(
            description="URL of the mask image. White pixels indicate the area to fill or modify; "
            "black pixels preserve the original content.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the mask image. White pixels indicate the area to fill or modify; black pixels
    preserve the original content.
    """

    prompt: Annotated[
        str | None | MISSING,
        Field(description="Text description of what to generate in the masked area."),
    ] = MISSING
    """Text description of what to generate in the masked area."""

    negative_prompt: Annotated[
        str, Field(description="Text describing what to avoid in the generated output.")
    ] = "nsfw"
    """Text describing what to avoid in the generated output."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Guidance scale for the base diffusion process. The model uses true_cfg "
            "for classifier-free guidance; this controls the distillation guidance.",
            ge=0.0,
            le=5.0,
        ),
    ] = 1
    """Guidance scale for the base diffusion process. The model uses true_cfg for classifier-free
    guidance; this controls the distillation guidance.
    """

    true_cfg: Annotated[
        float,
        Field(
            description="True classifier-free guidance scale. Controls how strongly the model "
            "follows the prompt. Values above 1.0 enable CFG.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """True classifier-free guidance scale. Controls how strongly the model follows the prompt.
    Values above 1.0 enable CFG.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. More steps generally produce higher quality "
            "results.",
            ge=1,
            le=50,
        ),
    ] = 28
    """Number of denoising steps. More steps generally produce higher quality results."""

    acceleration: Annotated[
        Literal["none", "regular", "high"],
        Field(description="Acceleration level for image generation."),
    ] = "regular"
    """Acceleration level for image generation."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="Format of the output image.")
    ] = "jpeg"
    """Format of the output image."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is used."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is used."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If True, returns the image as a data URI instead of uploading to CDN. "
            "The image will not be available in the request history."
        ),
    ] = False
    """If True, returns the image as a data URI instead of uploading to CDN. The image will not
    be available in the request history.
    """

    enable_safety_checker: Annotated[
        bool,
        Field(description="If True, runs a safety checker on the output and filters NSFW content."),
    ] = True
    """If True, runs a safety checker on the output and filters NSFW content."""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class OnerewardOutput(OutputModel):
    """Output from the OneReward model."""

    images: Annotated[list[Image], Field(description="The edited image files.")]
    """The edited image files."""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
