# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class Flux2KleinRealtimeInput(InputModel):
    seed: Annotated[int | None, Field(description="Random seed for reproducibility.")] = 35
    """Random seed for reproducibility."""

    num_inference_steps: Annotated[int, Field(ge=1, le=8)] = 3
    schedule_mu: Annotated[
        float,
        Field(
            description="Schedule mu for time shift. 2.3=default, lower=more even denoising, "
            "0.3=nearly linear.",
            ge=0.3,
            le=2.5,
        ),
    ] = 2.3
    """Schedule mu for time shift. 2.3=default, lower=more even denoising, 0.3=nearly linear."""

    prompt: Annotated[str, Field(description="The prompt to guide image editing.")] = (
        'Turn this into "Living oil painting, melting gold and sapphire"'
    )
    """The prompt to guide image editing."""

    output_feedback_strength: Annotated[
        float,
        Field(
            description="Output feedback loop. 1.0 = pure noise (no feedback), 0.9 = 90% noise + "
            "10% previous output latent.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """Output feedback loop. 1.0 = pure noise (no feedback), 0.9 = 90% noise + 10% previous
    output latent.
    """

    image_url: Annotated[
        str,
        Field(
            description="Base64-encoded image data URI for editing. CDN URLs are not supported "
            "for realtime. For optimal performance, use 704x704 JPEG images with 50% quality. "
            "Other sizes will be resized automatically.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Base64-encoded image data URI for editing. CDN URLs are not supported for realtime. For
    optimal performance, use 704x704 JPEG images with 50% quality. Other sizes will be resized
    automatically.
    """

    enable_interpolation: Annotated[
        bool,
        Field(
            description="Enable RIFE frame interpolation between consecutive frames (doubles "
            "output frames)."
        ),
    ] = False
    """Enable RIFE frame interpolation between consecutive frames (doubles output frames)."""

    image_size: Annotated[
        Literal["square", "square_hd"],
        Field(description="The size of the generated image. square=768x768, square_hd=1024x1024."),
    ] = "square"
    """The size of the generated image. square=768x768, square_hd=1024x1024."""


class RawImage(OutputModel):
    content: Annotated[str, Field(description="Not checked by the client: format binary.")]
    """Not checked by the client: format binary."""

    content_type: str = "image/jpeg"
    height: int
    width: int


class Flux2KleinRealtimeOutput(OutputModel):
    seed: Annotated[int, Field(description="Seed used for generation.")]
    """Seed used for generation."""

    images: Annotated[
        list[RawImage],
        Field(
            description="Generated images as raw bytes. When interpolation is enabled, returns "
            "[interpolated_frame, current_frame] in chronological order. Otherwise returns "
            "[current_frame]."
        ),
    ]
    """Generated images as raw bytes. When interpolation is enabled, returns [interpolated_frame,
    current_frame] in chronological order. Otherwise returns [current_frame].
    """
