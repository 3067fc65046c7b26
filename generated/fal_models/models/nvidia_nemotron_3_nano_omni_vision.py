# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class NvidiaNemotron3NanoOmniVisionInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt to send to the model. English only.", min_length=1)
    ]
    """Text prompt to send to the model. English only."""

    system_prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Optional system prompt to steer the model. If omitted, the "
            "reasoning_mode control token is used as the system message."
        ),
    ] = MISSING
    """Optional system prompt to steer the model. If omitted, the reasoning_mode control token is
    used as the system message.
    """

    reasoning_mode: Annotated[
        Literal["think", "no_think"],
        Field(
            description="Whether the model should emit an explicit reasoning trace. `no_think` "
            "returns a direct answer; `think` returns chain-of-thought followed by the final "
            "answer."
        ),
    ] = "no_think"
    """Whether the model should emit an explicit reasoning trace. `no_think` returns a direct
    answer; `think` returns chain-of-thought followed by the final answer.
    """

    max_tokens: Annotated[
        int, Field(description="Maximum number of tokens to generate.", ge=1, le=20000)
    ] = 1024
    """Maximum number of tokens to generate."""

    temperature: Annotated[
        float,
        Field(description="Sampling temperature. Lower is more deterministic.", ge=0.0, le=2.0),
    ] = 0.7
    """Sampling temperature. Lower is more deterministic."""

    top_p: Annotated[
        float, Field(description="Nucleus sampling probability mass.", ge=0.0, le=1.0)
    ] = 0.95
    """Nucleus sampling probability mass."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to reason about. RGB JPEG or PNG.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to reason about. RGB JPEG or PNG."""


class UsageInfo(OutputModel):
    input_tokens: Annotated[int, Field(description="Number of input tokens processed.")]
    """Number of input tokens processed."""

    output_tokens: Annotated[int, Field(description="Number of output tokens generated.")]
    """Number of output tokens generated."""


class NvidiaNemotron3NanoOmniVisionOutput(OutputModel):
    output: Annotated[str, Field(description="Generated text response.")]
    """Generated text response."""

    finish_reason: Annotated[str, Field(description="Reason generation stopped.")] = "stop"
    """Reason generation stopped."""

    usage: Annotated[UsageInfo, Field(description="Token usage for the request.")]
    """Token usage for the request."""
