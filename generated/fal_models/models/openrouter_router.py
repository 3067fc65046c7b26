# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

MaxTokens = TypeAliasType(
    "MaxTokens",
    Annotated[
        int,
        Field(
            description="This sets the upper limit for the number of tokens the model can "
            "generate in response. It won't produce more than this limit. The maximum value is "
            "the context length minus the prompt length.",
            ge=1,
        ),
    ],
)


class OpenrouterRouterInput(InputModel):
    prompt: Annotated[str, Field(description="Prompt to be used for the chat completion")]
    """Prompt to be used for the chat completion"""

    system_prompt: Annotated[
        str | None | MISSING,
        Field(description="System prompt to provide context or instructions to the model"),
    ] = MISSING
    """System prompt to provide context or instructions to the model"""

    model: Annotated[
        str, Field(description="Name of the model to use. Charged based on actual token usage.")
    ]
    """Name of the model to use. Charged based on actual token usage."""

    reasoning: Annotated[
        bool, Field(description="Should reasoning be the part of the final answer.")
    ] = False
    """Should reasoning be the part of the final answer."""

    temperature: Annotated[
        float,
        Field(
            description="This setting influences the variety in the model's responses. Lower "
            "values lead to more predictable and typical responses, while higher values encourage "
            "more diverse and less common responses. At 0, the model always gives the same "
            "response for a given input.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """This setting influences the variety in the model's responses. Lower values lead to more
    predictable and typical responses, while higher values encourage more diverse and less
    common responses. At 0, the model always gives the same response for a given input.
    """

    max_tokens: Annotated[
        MaxTokens | None | MISSING,
        Field(
            description="This sets the upper limit for the number of tokens the model can "
            "generate in response. It won't produce more than this limit. The maximum value is "
            "the context length minus the prompt length."
        ),
    ] = MISSING
    """This sets the upper limit for the number of tokens the model can generate in response. It
    won't produce more than this limit. The maximum value is the context length minus the
    prompt length.
    """


class PromptTokensDetails(OutputModel):
    cached_tokens: int = 0
    cache_write_tokens: int = 0


class UsageInfo(OutputModel):
    prompt_tokens: int | None | MISSING = MISSING
    completion_tokens: int | None | MISSING = MISSING
    total_tokens: int = 0
    cost: float
    prompt_tokens_details: PromptTokensDetails | None | MISSING = MISSING


class OpenrouterRouterOutput(OutputModel):
    output: Annotated[str, Field(description="Generated output")]
    """Generated output"""

    reasoning: Annotated[
        str | None | MISSING, Field(description="Generated reasoning for the final answer")
    ] = MISSING
    """Generated reasoning for the final answer"""

    partial: Annotated[bool, Field(description="Whether the output is partial")] = False
    """Whether the output is partial"""

    error: Annotated[
        str | None | MISSING, Field(description="Error message if an error occurred")
    ] = MISSING
    """Error message if an error occurred"""

    usage: Annotated[UsageInfo | None | MISSING, Field(description="Token usage information")] = (
        MISSING
    )
    """Token usage information"""
